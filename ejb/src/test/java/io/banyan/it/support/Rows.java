package io.banyan.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Reads rows over plain JDBC, past JPA and its caches, to prove what is really stored. Table and
 * column names come from the test code only, never from input.
 */
public final class Rows {

  private Rows() {}

  public static List<Map<String, Object>> ofTenant(DataSource dataSource, String table, String tenantId) {
    return where(dataSource, table, "tenant_id", tenantId);
  }

  /** The rows whose column holds the value, in any tenant or in none (consultancies, the mail log). */
  public static List<Map<String, Object>> where(DataSource dataSource, String table, String column, Object value) {
    return read(dataSource, "select * from " + table + " where " + column + " = ? order by id", value);
  }

  /** Every row of a table, for the platform's own tables whose size a test compares with a count. */
  public static List<Map<String, Object>> all(DataSource dataSource, String table) {
    return read(dataSource, "select * from " + table + " order by id");
  }

  private static List<Map<String, Object>> read(DataSource dataSource, String sql, Object... params) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(), comparable(rs.getObject(i)));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Large objects as their content, so that two reads of the same row compare equal. */
  private static Object comparable(Object value) throws SQLException {
    if (value instanceof java.sql.Blob blob) {
      return java.util.Arrays.toString(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (value instanceof byte[] bytes) {
      return java.util.Arrays.toString(bytes);
    }
    return value;
  }

  /**
   * Every table that holds tenant rows, read from the schema itself: a table added by a later
   * migration is in the list without anyone remembering to add it.
   */
  public static List<String> tenantTables(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
      SortedSet<String> tables = new TreeSet<>();
      while (rs.next()) {
        if ("tenant_id".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
          tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      return List.copyOf(tables);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The mail sent to these addresses, oldest first. Mail has no tenant column, and a sent mail's
   * body is not kept (its links are secrets); who received it and its subject are.
   */
  public static List<Map<String, Object>> mailTo(DataSource dataSource, Collection<String> recipients) {
    List<Map<String, Object>> mail = new ArrayList<>();
    for (String recipient : recipients) {
      mail.addAll(read(dataSource, "select * from outbound_mail where recipient = ?", recipient));
    }
    mail.sort(Comparator.comparing(m -> (Long) m.get("id")));
    return mail;
  }

  /** A consultancy's own row, which is platform data and has no tenant column either. */
  public static List<Map<String, Object>> consultancy(DataSource dataSource, long id) {
    return read(dataSource, "select * from consultancy where id = ?", id);
  }

  public static Map<String, List<Map<String, Object>>> snapshot(DataSource dataSource, String tenantId, String... tables) {
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    for (String table : tables) {
      all.put(table, ofTenant(dataSource, table, tenantId));
    }
    return all;
  }
}
