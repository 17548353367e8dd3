package io.banyan.domain.tenancy;

import io.banyan.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A brand colour as {@code #rrggbb}; the strict form is what makes it safe to put into CSS. The
 * accent carries white text (filled buttons) and is itself text on the page (outlined buttons,
 * links), so a colour people can read is one with WCAG AA contrast, 4.5:1, against both.
 */
public record AccentColour(String hex) {

  public static final String PATTERN = "^#[0-9a-fA-F]{6}$";
  private static final Pattern VALID = Pattern.compile(PATTERN);
  public static final AccentColour DEFAULT = new AccentColour("#2e7d5b");

  public AccentColour {
    if (hex == null || !VALID.matcher(hex).matches()) {
      throw new InvalidValueException("invalid.colour");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** WCAG AA for normal text. */
  public static final double READABLE = 4.5;
  /** What the accent meets: white text on it, and the cards and the page it is text on. */
  private static final AccentColour WHITE = new AccentColour("#ffffff");
  private static final AccentColour PAGE = new AccentColour("#f6f8f7");

  /** The colour an owner chose, refused with the nearest readable shade when people could not read it. */
  public static AccentColour chosen(String hex) {
    return new AccentColour(hex).requireReadable();
  }

  /** This colour, or the refusal that names its contrast and the nearest readable shade. */
  public AccentColour requireReadable() {
    if (!isReadable()) {
      throw new InvalidValueException("invalid.colour.contrast", hex, String.format(Locale.ROOT, "%.1f", worstContrast()), readable().hex);
    }
    return this;
  }

  /** WCAG 2 relative luminance: 0 for black, 1 for white. */
  public double luminance() {
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  }

  private double channel(int at) {
    double value = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }

  /** The WCAG contrast ratio of the two colours, from 1 (the same) to 21 (black and white). */
  public double contrastWith(AccentColour other) {
    double lighter = Math.max(luminance(), other.luminance());
    double darker = Math.min(luminance(), other.luminance());
    return (lighter + 0.05) / (darker + 0.05);
  }

  private double worstContrast() {
    return Math.min(contrastWith(WHITE), contrastWith(PAGE));
  }

  public boolean isReadable() {
    return worstContrast() >= READABLE;
  }

  /**
   * This colour when it is readable; otherwise the lightest darker shade of the same hue that is,
   * which is the nearest readable colour a person would still call theirs. Used to suggest a
   * colour, and to show tenants whose colour was chosen before the rule.
   */
  public AccentColour readable() {
    if (isReadable()) {
      return this;
    }
    double low = 0;
    double high = 1;
    for (int step = 0; step < 30; step++) {
      double middle = (low + high) / 2;
      if (scaled(middle).isReadable()) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return scaled(low);
  }

  private AccentColour scaled(double factor) {
    StringBuilder shade = new StringBuilder("#");
    for (int at = 1; at < 7; at += 2) {
      shade.append(String.format(Locale.ROOT, "%02x", (int) Math.floor(Integer.parseInt(hex.substring(at, at + 2), 16) * factor)));
    }
    return new AccentColour(shade.toString());
  }

  @Override
  public String toString() {
    return hex;
  }
}
