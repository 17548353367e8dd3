package io.banyan.infrastructure.html;

import io.banyan.domain.plan.TemplateSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text written by staff, reduced to an allow-list of tags (paragraphs, emphasis, lists,
 * links with rel="nofollow") before it is stored and again before it is shown. Scripts, styles,
 * event handlers and unknown tags never survive.
 */
public final class Guidance {

  private static final Safelist ALLOWED = Safelist.basic().removeTags("span", "cite", "q", "small", "strike", "sub", "sup");
  private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);
  public static final int MAX_LENGTH = TemplateSection.GUIDANCE_MAX;

  private Guidance() {}

  public static String clean(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    if (html.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Guidance has at most " + MAX_LENGTH + " characters.");
    }
    return Jsoup.clean(html, "", ALLOWED, COMPACT);
  }

  /**
   * Stored guidance cleaned again to be shown. No limit here: the limit is on what a person
   * types, and cleaning writes a typed "&lt;" or "&amp;" as an entity, so guidance typed at its
   * limit is stored longer than that.
   */
  public static String show(String stored) {
    return stored == null || stored.isBlank() ? null : Jsoup.clean(stored, "", ALLOWED, COMPACT);
  }
}
