package io.banyan.application.plan;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fonts of the PDF exports, read from the class path and embedded in each PDF (only the
 * glyphs it uses), so that every reader sees the same letters and no system font is needed.
 * DejaVu Sans, copied into the build from Debian's {@code fonts-dejavu-core} (see ejb/pom.xml):
 * Latin, Greek, Cyrillic, Arabic, Hebrew, many symbols and the emoticons. Liberation Sans, which OpenPDF carries,
 * follows for a build without that jar (Latin, Greek and Cyrillic only). Each is read once; a font
 * serves every document.
 */
final class PdfFonts {

  private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

  static final String DEJAVU_DIR = "io/banyan/fonts/";
  static final String LIBERATION = "font-fallback/LiberationSans-Regular.ttf";

  /** The cuts the PDF sets text in. */
  enum Cut {
    REGULAR, BOLD, ITALIC
  }

  /**
   * A font and the style OpenPDF imitates on it ({@link Font#BOLD} thickens the strokes,
   * {@link Font#ITALIC} slants), for a cut the font lacks.
   */
  record Face(BaseFont font, int imitated) {}

  private PdfFonts() {}

  /** The fonts to try for each character of text in that cut, in order. */
  static List<Face> faces(Cut cut) {
    return Loaded.FACES.get(cut);
  }

  private static final class Loaded {
    static final Map<Cut, List<Face>> FACES = load();
  }

  private static Map<Cut, List<Face>> load() {
    String dejavu = DEJAVU_DIR;
    Optional<BaseFont> regular = font(dejavu + "DejaVuSans.ttf");
    Optional<BaseFont> bold = font(dejavu + "DejaVuSans-Bold.ttf");
    Optional<BaseFont> oblique = font(dejavu + "DejaVuSans-Oblique.ttf");
    Optional<BaseFont> liberation = font(LIBERATION);
    if (regular.isEmpty()) {
      LOG.warning("DejaVu Sans is not on the class path (" + dejavu + "): PDFs show Latin, Greek and Cyrillic only");
    }
    Map<Cut, List<Face>> faces = new EnumMap<>(Cut.class);
    faces.put(Cut.REGULAR, chain(face(regular, Font.NORMAL), face(liberation, Font.NORMAL)));
    faces.put(Cut.BOLD, chain(face(bold, Font.NORMAL), face(regular, Font.BOLD), face(liberation, Font.BOLD)));
    // the oblique cut has no Arabic: those letters come upright from the regular one
    faces.put(Cut.ITALIC, chain(face(oblique, Font.NORMAL), face(regular, Font.NORMAL), face(liberation, Font.ITALIC)));
    return faces;
  }

  @SafeVarargs
  private static List<Face> chain(Optional<Face>... faces) {
    List<Face> chain = new ArrayList<>();
    for (Optional<Face> face : faces) {
      face.ifPresent(chain::add);
    }
    if (chain.isEmpty()) {
      chain.add(new Face(helvetica(), Font.NORMAL));
    }
    return List.copyOf(chain);
  }

  private static Optional<Face> face(Optional<BaseFont> font, int imitated) {
    return font.map(f -> new Face(f, imitated));
  }

  private static Optional<BaseFont> font(String path) {
    try (InputStream in = resource(path)) {
      if (in == null) {
        return Optional.empty();
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the font " + path, e);
      return Optional.empty();
    }
  }

  /** The last resort, which every PDF reader has: Latin letters only, not embedded. */
  private static BaseFont helvetica() {
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("OpenPDF has no Helvetica", e);
    }
  }

  private static InputStream resource(String path) {
    ClassLoader loader = PdfFonts.class.getClassLoader();
    return loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path);
  }
}
