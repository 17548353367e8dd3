package io.banyan.domain.tenancy;

import io.banyan.domain.shared.InvalidValueException;
import java.util.Arrays;

/**
 * An uploaded logo that has been checked: its bytes really are a PNG or JPEG (by their magic
 * numbers, not by the name or the browser's claim) and are not larger than {@link #MAX_BYTES}.
 */
public record LogoImage(Type type, byte[] bytes) {

  public static final int MAX_BYTES = 512 * 1024;

  public enum Type {
    PNG("image/png"),
    JPEG("image/jpeg");

    private final String contentType;

    Type(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }
  }

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  public LogoImage {
    bytes = bytes.clone();
  }

  /** Checks the bytes and names the problem in words a person can act on. */
  public static LogoImage check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidValueException("invalid.logo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidValueException("invalid.logo.tooLarge", (bytes.length + 1023) / 1024);
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return new LogoImage(Type.PNG, bytes);
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      return new LogoImage(Type.JPEG, bytes);
    }
    throw new InvalidValueException("invalid.logo.type");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
