import { parseCsv } from "../../src/domain/text/csv";

describe("parseCsv", () => {
  test.each([
    ["simple", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["CRLF and no final newline", "a,b\r\n1,2", [["a", "b"], ["1", "2"]]],
    ["quoted comma, quote and newline", 'a,"b, ""c""\nd"\n', [["a", 'b, "c"\nd']]],
    ["BOM", "\ufeffid,goal\n", [["id", "goal"]]],
    ["semicolons (European Excel)", "id;goal\nG1-01;1\n", [["id", "goal"], ["G1-01", "1"]]],
    ["tabs", "id\tgoal\nG1-01\t1\n", [["id", "goal"], ["G1-01", "1"]]],
    ["empty fields", "a,,c\n", [["a", "", "c"]]],
    ["Khmer", "ចំណងជើង,គោលដៅ\nវិធានការ,១\n", [["ចំណងជើង", "គោលដៅ"], ["វិធានការ", "១"]]],
    ["a quoted header holding commas does not make commas the separator", '"id, code";"title, en"\nG1-01;x\n', [["id, code", "title, en"], ["G1-01", "x"]]],
    ["an empty quoted field", 'a,"",c\n', [["a", "", "c"]]],
    ["a quote inside an unquoted field is kept", 'a,5" screen\n', [["a", '5" screen']]],
  ])("%s", (_name, input, rows) => {
    expect(parseCsv(input)).toEqual({ rows });
  });

  test.each([
    ["a quote never closed, on line 3", 'id,title\nG1-01,ok\nG1-02,"unclosed\nG1-03,lost\n', 3, "never closed"],
    ["text after a closing quote, on line 2", 'id,title\nG1-01,"quoted"tail\n', 2, "after a closing quote"],
    ["line numbers count the line breaks inside quoted fields", 'id,title\nG1-01,"two\nlines"\nG1-02,"x"y\n', 4, "after a closing quote"],
    ["CRLF line numbers", 'id,title\r\nG1-01,ok\r\nG1-02,"open\r\n', 3, "never closed"],
  ])("%s", (_name, input, line, message) => {
    const parsed = parseCsv(input);
    expect("error" in parsed && parsed.error.line).toBe(line);
    expect("error" in parsed && parsed.error.message.en).toContain(message);
    expect("error" in parsed && parsed.error.message.km).not.toBe("");
  });
});
