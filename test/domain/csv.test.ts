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
  ])("%s", (_name, input, rows) => {
    expect(parseCsv(input)).toEqual(rows);
  });
});
