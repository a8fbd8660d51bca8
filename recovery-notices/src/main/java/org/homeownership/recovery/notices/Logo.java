package org.homeownership.recovery.notices;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Base64;

/** The council's logo for the letterhead: a PNG or JPEG image and the text that describes it. */
public final class Logo {

  private final byte[] image;
  private final String mediaType;
  private final String description;

  private Logo(byte[] image, String mediaType, String description) {
    checkArgument(image.length > 0, "logo image is empty");
    checkArgument(!description.isBlank(), "logo description is blank");
    this.image = image.clone();
    this.mediaType = mediaType;
    this.description = description;
  }

  /** A PNG logo; {@code description} is read out by screen readers (alternative text). */
  public static Logo png(byte[] image, String description) {
    return new Logo(requireNonNull(image, "image"), "image/png", description);
  }

  /** A JPEG logo; {@code description} is read out by screen readers (alternative text). */
  public static Logo jpeg(byte[] image, String description) {
    return new Logo(requireNonNull(image, "image"), "image/jpeg", description);
  }

  /** The image as a {@code data:} URI, so that rendering never fetches anything. */
  public String dataUri() {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
  }

  /** The alternative text. */
  public String description() {
    return description;
  }

  /** The image's media type. */
  public String mediaType() {
    return mediaType;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Logo o
        && Arrays.equals(image, o.image)
        && mediaType.equals(o.mediaType)
        && description.equals(o.description);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(image) * 31 + description.hashCode();
  }

  @Override
  public String toString() {
    return "Logo{" + mediaType + ", " + image.length + " bytes}";
  }
}
