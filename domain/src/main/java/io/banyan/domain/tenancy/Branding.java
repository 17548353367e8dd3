package io.banyan.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a consultancy's pages look: the name shown, the accent colour and whether a logo is set. */
@Embeddable
public class Branding {

  @Column(name = "display_name", length = 120)
  private String displayName;

  @Column(name = "accent_colour", length = 7, nullable = false)
  private String accentColour = AccentColour.DEFAULT.hex();

  @Column(name = "logo_revision", nullable = false)
  private int logoRevision;

  @Column(name = "has_logo", nullable = false)
  private boolean logo;

  protected Branding() {}

  Branding(String displayName) {
    this.displayName = displayName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public AccentColour getAccentColour() {
    return new AccentColour(accentColour);
  }

  /**
   * Bumped on each upload and never reset, so that the logo URL changes every time and no browser
   * shows a cached old logo.
   */
  public int getLogoRevision() {
    return logoRevision;
  }

  public boolean hasLogo() {
    return logo;
  }

  void change(String newDisplayName, AccentColour colour) {
    this.displayName = newDisplayName;
    this.accentColour = colour.hex();
  }

  void logoChanged() {
    logoRevision++;
    logo = true;
  }

  void logoRemoved() {
    logo = false;
  }
}
