package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogoImageTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private static byte[] startingWith(byte[] magic, int length) {
    byte[] bytes = new byte[length];
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    Arrays.fill(bytes, magic.length, length, (byte) 7);
    return bytes;
  }

  @Test
  void acceptsPngMagicAsPng() {
    LogoImage image = LogoImage.check(startingWith(PNG_MAGIC, 100));
    assertEquals(LogoImage.Type.PNG, image.type());
    assertEquals("image/png", image.type().contentType());
  }

  @Test
  void acceptsJpegMagicAsJpeg() {
    LogoImage image = LogoImage.check(startingWith(JPEG_MAGIC, 100));
    assertEquals(LogoImage.Type.JPEG, image.type());
    assertEquals("image/jpeg", image.type().contentType());
  }

  @Test
  void acceptsExactlyTheMaximumSize() {
    byte[] bytes = startingWith(PNG_MAGIC, LogoImage.MAX_BYTES);
    assertEquals(512 * 1024, bytes.length);
    assertEquals(LogoImage.Type.PNG, LogoImage.check(bytes).type());
  }

  @Test
  void keepsTheCheckedBytes() {
    byte[] bytes = startingWith(JPEG_MAGIC, 50);
    assertArrayEquals(bytes, LogoImage.check(bytes).bytes());
  }

  @Test
  void refusesAnEmptyFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogoImage.check(new byte[0]));
    assertEquals("The file is empty.", e.getMessage());
  }

  @Test
  void refusesNoFileAsEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogoImage.check(null));
    assertEquals("The file is empty.", e.getMessage());
  }

  @Test
  void refusesOneByteOverTheMaximum() {
    byte[] bytes = startingWith(PNG_MAGIC, LogoImage.MAX_BYTES + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogoImage.check(bytes));
    assertTrue(e.getMessage().startsWith("A logo may be at most 512 KB"), e.getMessage());
  }

  @Test
  void namesTheSizeOfAnOversizedFile() {
    byte[] bytes = startingWith(PNG_MAGIC, 700 * 1024);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogoImage.check(bytes));
    assertTrue(e.getMessage().contains("700 KB"), e.getMessage());
  }

  @Test
  void refusesGif() {
    assertNotAnImage("GIF89a".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void refusesSvg() {
    assertNotAnImage(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesText() {
    assertNotAnImage("just some text pretending to be logo.png".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesATruncatedPngSignature() {
    assertNotAnImage(Arrays.copyOf(PNG_MAGIC, 7));
  }

  @Test
  void refusesJpegMagicThatIsNotAtTheStart() {
    byte[] bytes = new byte[10];
    System.arraycopy(JPEG_MAGIC, 0, bytes, 1, JPEG_MAGIC.length);
    assertNotAnImage(bytes);
  }

  private static void assertNotAnImage(byte[] bytes) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogoImage.check(bytes));
    assertEquals("A logo must be a PNG or JPEG image.", e.getMessage());
  }

  @Test
  void laterChangesToTheUploadedArrayDoNotReachTheImage() {
    byte[] bytes = startingWith(PNG_MAGIC, 20);
    LogoImage image = LogoImage.check(bytes);
    bytes[10] = 99;
    assertEquals(7, image.bytes()[10]);
  }

  @Test
  void changesToTheReturnedArrayDoNotReachTheImage() {
    LogoImage image = LogoImage.check(startingWith(PNG_MAGIC, 20));
    image.bytes()[0] = 0;
    assertEquals((byte) 0x89, image.bytes()[0]);
  }
}
