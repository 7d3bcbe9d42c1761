/**
 * The start-up guards inline in templates/taskpane.html and commands.html run first in every
 * webview Office may use, Internet Explorer 11 included: they must be ECMAScript 5, and must tell
 * the old engines (Trident, EdgeHTML) from the ones the pane's script runs in.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { inlineScripts } from "../support/inlineScripts";

const ROOT = path.resolve(__dirname, "../..");

const guard = (template: string): string => {
  const scripts = inlineScripts(readFileSync(path.join(ROOT, "templates", template), "utf8"));
  expect(scripts).toHaveLength(1);
  return scripts[0]!;
};

const es5 = (code: string) => parse(code, { ecmaVersion: 5 });

describe.each(["taskpane.html", "commands.html"])("the start-up guard of %s", (template) => {
  const code = guard(template);

  it("parses as ECMAScript 5", () => {
    expect(() => es5(code)).not.toThrow();
  });

  it.each([
    ["let", (c: string) => c.replace("var agent", "let agent")],
    ["const", (c: string) => c.replace("var agent", "const agent")],
    ["an arrow function", (c: string) => c.replace("function () {\n          return true;\n        }", "() => true")],
    ["a template literal", (c: string) => `${c}\nvar x = \`${"a"}\`;`],
    ["a class", (c: string) => `${c}\nclass Guard {}`],
    ["destructuring", (c: string) => `${c}\nvar { userAgent } = navigator;`],
  ])("would be refused with %s in it (the check can fail)", (_construct, change) => {
    const changed = change(code);
    expect(changed).not.toBe(code);
    expect(() => es5(changed)).toThrow(SyntaxError);
  });
});

/** Runs a guard with a user agent, in a sandbox with just what it touches of the page and of Office. */
function runGuard(code: string, userAgent: string) {
  const marks = new Set<string>();
  const message = { style: { display: "none" } };
  const associate = jest.fn();
  const office: { initialize?: () => void; actions: { associate: jest.Mock } } = { actions: { associate } };
  const window: Record<string, unknown> = { Office: office };
  vm.runInNewContext(code, {
    navigator: { userAgent },
    window,
    document: {
      documentElement: { setAttribute: (name: string) => marks.add(name) },
      getElementById: (id: string) => (id === "old-webview" ? message : null),
    },
  });
  return { marked: marks.has("data-unsupported-webview"), shown: message.style.display === "block", window, office, associate };
}

const AGENTS: [string, string, boolean][] = [
  ["Internet Explorer 11", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko", true],
  ["Office 2016 in Trident", "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; SLCC2; ms-office; MSOffice 16) like Gecko", true],
  ["Edge Legacy (EdgeHTML 18)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041", true],
  ["WebView2 (Edge, Chromium)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91", false],
  ["Excel on Mac (WKWebView)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)", false],
  ["Excel on iPad (WKWebView)", "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", false],
  ["Chrome, Excel on the web", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", false],
  ["Edge on Android", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 EdgA/120.0.0.0", false],
];

describe.each(AGENTS)("in %s", (_name, userAgent, old) => {
  it(`the task pane ${old ? "shows the message and marks the page" : "is left to the pane's script"}`, () => {
    const run = runGuard(guard("taskpane.html"), userAgent);
    expect([run.marked, run.shown]).toEqual([old, old]);
    expect(typeof run.window.onerror).toBe(old ? "function" : "undefined");
    expect(typeof run.office.initialize).toBe(old ? "function" : "undefined");
  });

  it(`the ribbon's Check entries ${old ? "completes at once (a no-op)" : "is left to the commands' script"}`, () => {
    const run = runGuard(guard("commands.html"), userAgent);
    expect(run.marked).toBe(old);
    if (!old) {
      expect(run.window.validateWorkbook).toBeUndefined();
      return;
    }
    const completed = jest.fn();
    (run.window.validateWorkbook as (event: unknown) => void)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    run.office.initialize!();
    expect(run.associate).toHaveBeenCalledWith("validateWorkbook", run.window.validateWorkbook);
  });
});
