package io.banyan.application.plan;

/**
 * Writes CSV lines a spreadsheet opens safely: fields quoted as needed, and a field that starts
 * like a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe so that it is
 * shown as text instead of run.
 */
public final class Csv {

  private Csv() {}

  public static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields[i]));
    }
    out.append("\r\n");
  }

  static String field(String raw) {
    String value = raw == null ? "" : raw;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
