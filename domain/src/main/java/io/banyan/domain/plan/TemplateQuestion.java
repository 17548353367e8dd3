package io.banyan.domain.plan;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A question of a section. Its key stays the same when a new version is drafted from this one, so
 * that a plan moved to the new version keeps the answers of questions still asked.
 */
@Entity
@Table(name = "template_question", indexes = @Index(name = "ix_question_section", columnList = "section_id"))
public class TemplateQuestion extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private TemplateSection section;

  @Column(nullable = false)
  private int position;

  @Column(name = "question_key", nullable = false, length = 36)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuestionKind kind;

  @NotBlank(message = "{domain.templateQuestion.label.required}")
  @Size(max = 300, message = "{domain.templateQuestion.label.tooLong}")
  @Column(nullable = false, length = 300)
  private String label;

  @Size(max = 1000, message = "{domain.templateQuestion.help.tooLong}")
  @Column(length = 1000)
  private String help;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "minimum_value", precision = 21, scale = 6)
  private BigDecimal minimum;

  @Column(name = "maximum_value", precision = 21, scale = 6)
  private BigDecimal maximum;

  @Column(length = 40)
  private String unit;

  /** One option per line. */
  @Column(name = "option_list", length = 4000)
  private String options;

  /** One column name per line. */
  @Column(name = "table_columns", length = 2000)
  private String columns;

  protected TemplateQuestion() {}

  TemplateQuestion(TemplateSection section, int position, String key, QuestionKind kind, String label, String help, boolean required,
      QuestionSettings settings) {
    this.section = section;
    this.position = position;
    this.key = key;
    this.kind = kind;
    change(label, help, required, settings);
  }

  public void rephrase(String newLabel, String newHelp, boolean newRequired, QuestionSettings settings) {
    section.version().requireDraft();
    change(newLabel, newHelp, newRequired, settings);
  }

  private void change(String newLabel, String newHelp, boolean newRequired, QuestionSettings settings) {
    this.label = newLabel == null ? null : newLabel.trim();
    this.help = newHelp;
    this.required = newRequired;
    this.minimum = settings.minimum();
    this.maximum = settings.maximum();
    this.unit = settings.unit();
    this.options = settings.options().isEmpty() ? null : String.join("\n", settings.options());
    this.columns = settings.columns().isEmpty() ? null : String.join("\n", settings.columns());
  }

  void placeAt(int newPosition) {
    this.position = newPosition;
  }

  public QuestionSettings getSettings() {
    return new QuestionSettings(minimum, maximum, unit, lines(options), lines(columns));
  }

  private static List<String> lines(String stored) {
    return stored == null ? List.of() : Arrays.asList(stored.split("\n"));
  }

  public TemplateSection getSection() {
    return section;
  }

  public int getPosition() {
    return position;
  }

  public String getKey() {
    return key;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getLabel() {
    return label;
  }

  public String getHelp() {
    return help;
  }

  public boolean isRequired() {
    return required;
  }
}
