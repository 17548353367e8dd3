package io.banyan.web.shared;

import io.banyan.domain.shared.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The words for a domain value in the reader's language: {@code #{labels.of(section.status)}}
 * reads the key {@code enum.SectionStatus.APPROVED}. Views never show an enum's code.
 */
@Named
@RequestScoped
public class Labels {

  @Inject private Reader reader;

  public String of(Enum<?> value) {
    return value == null ? "" : Texts.of(reader.getLocale(), key(value));
  }

  public static String key(Enum<?> value) {
    return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }
}
