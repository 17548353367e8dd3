package io.banyan.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores an answer as JSON in one column. The question's kind says which shape to read back, so
 * the JSON carries no type names, and a new kind needs no schema change.
 */
public final class AnswerCodec {

  private AnswerCodec() {}

  public static String encode(AnswerValue value) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (value instanceof AnswerValue.Text t) {
      put(json, "text", t.text());
    } else if (value instanceof AnswerValue.Number n) {
      put(json, "number", n.number());
    } else if (value instanceof AnswerValue.Date d) {
      put(json, "date", d.date() == null ? null : d.date().toString());
    } else if (value instanceof AnswerValue.Choice c) {
      JsonArrayBuilder chosen = Json.createArrayBuilder();
      c.chosen().stream().sorted().forEach(chosen::add);
      json.add("chosen", chosen);
    } else if (value instanceof AnswerValue.YesNo y) {
      if (y.yes() != null) {
        json.add("yes", y.yes());
      }
    } else if (value instanceof AnswerValue.Table t) {
      JsonArrayBuilder rows = Json.createArrayBuilder();
      for (Map<String, String> row : t.rows()) {
        JsonObjectBuilder cells = Json.createObjectBuilder();
        row.forEach((column, cell) -> put(cells, column, cell));
        rows.add(cells);
      }
      json.add("rows", rows);
    } else if (value instanceof AnswerValue.SmartGoal g) {
      put(json, "statement", g.statement());
      put(json, "metric", g.metric());
      put(json, "baseline", g.baseline());
      put(json, "target", g.target());
      put(json, "attainability", g.attainability());
      put(json, "objective", g.objective());
      put(json, "due", g.due() == null ? null : g.due().toString());
    } else if (value instanceof AnswerValue.Platforms p) {
      JsonArrayBuilder chosen = Json.createArrayBuilder();
      for (AnswerValue.PlatformReason c : p.chosen()) {
        JsonObjectBuilder one = Json.createObjectBuilder();
        put(one, "platform", c.platform());
        put(one, "reason", c.reason());
        chosen.add(one);
      }
      json.add("chosen", chosen);
    } else if (value instanceof AnswerValue.DepartmentMatrix m) {
      JsonArrayBuilder rows = Json.createArrayBuilder();
      for (AnswerValue.DepartmentUse r : m.rows()) {
        JsonObjectBuilder one = Json.createObjectBuilder();
        put(one, "department", r.department());
        put(one, "function", r.function());
        put(one, "owner", r.owner());
        rows.add(one);
      }
      json.add("rows", rows);
    } else if (value instanceof AnswerValue.Maturity m) {
      put(json, "stage", m.stage() == null ? null : m.stage().name());
      put(json, "evidence", m.evidence());
    } else if (value instanceof AnswerValue.MetricDefinition m) {
      put(json, "name", m.name());
      put(json, "unit", m.unit());
      put(json, "target", m.target());
      put(json, "cadence", m.cadence() == null ? null : m.cadence().name());
    }
    return json.build().toString();
  }

  /** Reads an answer back; nothing stored yet gives the kind's empty answer. */
  public static AnswerValue decode(QuestionKind kind, String stored) {
    JsonObject json = stored == null || stored.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parse(stored);
    return switch (kind) {
      case SHORT_TEXT, LONG_TEXT -> new AnswerValue.Text(text(json, "text"));
      case NUMBER -> new AnswerValue.Number(number(json, "number"));
      case DATE -> new AnswerValue.Date(date(json, "date"));
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> new AnswerValue.Choice(strings(json, "chosen"));
      case YES_NO -> new AnswerValue.YesNo(json.containsKey("yes") ? json.getBoolean("yes") : null);
      case TABLE -> new AnswerValue.Table(tableRows(json));
      case SMART_GOAL -> new AnswerValue.SmartGoal(text(json, "statement"), text(json, "metric"), number(json, "baseline"),
          number(json, "target"), text(json, "attainability"), text(json, "objective"), date(json, "due"));
      case PLATFORM_CHOICE -> new AnswerValue.Platforms(objects(json, "chosen").stream()
          .map(o -> new AnswerValue.PlatformReason(text(o, "platform"), text(o, "reason"))).toList());
      case DEPARTMENT_MATRIX -> new AnswerValue.DepartmentMatrix(objects(json, "rows").stream()
          .map(o -> new AnswerValue.DepartmentUse(text(o, "department"), text(o, "function"), text(o, "owner"))).toList());
      case MATURITY -> new AnswerValue.Maturity(
          json.containsKey("stage") ? MaturityStage.valueOf(json.getString("stage")) : null, text(json, "evidence"));
      case METRIC_DEFINITION -> new AnswerValue.MetricDefinition(text(json, "name"), text(json, "unit"), number(json, "target"),
          json.containsKey("cadence") ? Cadence.valueOf(json.getString("cadence")) : null);
    };
  }

  private static JsonObject parse(String stored) {
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return reader.readObject();
    }
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void put(JsonObjectBuilder json, String name, BigDecimal value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static BigDecimal number(JsonObject json, String name) {
    return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.NUMBER
        ? json.getJsonNumber(name).bigDecimalValue() : null;
  }

  private static LocalDate date(JsonObject json, String name) {
    String text = text(json, name);
    return text == null ? null : LocalDate.parse(text);
  }

  private static Set<String> strings(JsonObject json, String name) {
    Set<String> values = new LinkedHashSet<>();
    if (json.get(name) instanceof JsonArray array) {
      array.getValuesAs(JsonString.class).forEach(s -> values.add(s.getString()));
    }
    return values;
  }

  private static List<JsonObject> objects(JsonObject json, String name) {
    return json.get(name) instanceof JsonArray array ? array.getValuesAs(JsonObject.class) : List.of();
  }

  private static List<Map<String, String>> tableRows(JsonObject json) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonObject row : objects(json, "rows")) {
      Map<String, String> cells = new LinkedHashMap<>();
      row.forEach((column, cell) -> cells.put(column, cell instanceof JsonString s ? s.getString() : ""));
      rows.add(cells);
    }
    return rows;
  }
}
