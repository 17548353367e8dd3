package io.banyan.application.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void formulasAreShownAsTextNeverRun() {
    assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", Csv.field("=HYPERLINK(\"http://evil\")"));
    assertEquals("'+1", Csv.field("+1"));
    assertEquals("'-2", Csv.field("-2"));
    assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
    assertEquals("Bakery", Csv.field("Bakery"));
  }

  @Test
  void separatorsAndQuotesAreQuoted() {
    StringBuilder out = new StringBuilder();
    Csv.line(out, "Smith, Jones & Co", "say \"hi\"", "two\nlines", null);
    assertEquals("\"Smith, Jones & Co\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", out.toString());
  }
}
