package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogoTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 3, 4};

  @Test
  void takesTypeAndContentFromTheCheckedImage() {
    Logo logo = new Logo(LogoImage.check(PNG));
    assertEquals("image/png", logo.getContentType());
    assertEquals(PNG.length, logo.getContent().length);
  }

  @Test
  void replaceSwapsTypeAndContent() {
    Logo logo = new Logo(LogoImage.check(PNG));
    logo.replace(LogoImage.check(JPEG));
    assertEquals("image/jpeg", logo.getContentType());
    assertEquals(JPEG.length, logo.getContent().length);
  }

  @Test
  void changesToTheReturnedContentDoNotReachTheLogo() {
    Logo logo = new Logo(LogoImage.check(PNG));
    logo.getContent()[0] = 0;
    assertEquals((byte) 0x89, logo.getContent()[0]);
  }
}
