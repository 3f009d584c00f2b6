#ifndef TRUSTSITE_VIPS_SHIM_H
#define TRUSTSITE_VIPS_SHIM_H
#include <vips/vips.h>
/* Not included by vips.h: turning liborc's run-time vector code off (see VipsRuntime). */
#include <vips/vector.h>

/* libvips takes its optional arguments as NULL-terminated varargs, which Swift cannot call.
 * These wrappers fix the options trustsite uses, so the Swift side calls plain C functions. */

/* Reads only the header of an image in memory (pixels are decoded later, on demand); refuses
 * truncated or corrupt files rather than padding them with grey. The buffer must outlive the image. */
static inline VipsImage *trustsite_vips_load(const void *buffer, size_t length) {
    return vips_image_new_from_buffer(buffer, length, "", "fail_on", VIPS_FAIL_ON_ERROR, NULL);
}

/* Turns the image upright as its EXIF orientation says, since that tag is about to be stripped. */
static inline int trustsite_vips_autorot(VipsImage *in, VipsImage **out) {
    return vips_autorot(in, out, NULL);
}

/* Converts through the embedded ICC profile to sRGB (perceptual intent). */
static inline int trustsite_vips_icc_to_srgb(VipsImage *in, VipsImage **out) {
    return vips_icc_transform(in, out, "srgb", "embedded", TRUE, "intent", VIPS_INTENT_PERCEPTUAL, NULL);
}

/* Converts to 8-bit sRGB by formula (CMYK without a profile, 16-bit, Lab, ...). */
static inline int trustsite_vips_colourspace_srgb(VipsImage *in, VipsImage **out) {
    return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, NULL);
}

/* Scales both axes by `scale` with the default Lanczos3 kernel. */
static inline int trustsite_vips_resize(VipsImage *in, VipsImage **out, double scale) {
    return vips_resize(in, out, scale, NULL);
}

/* A copy of the image with every metadata item removed (EXIF, XMP, IPTC, ICC profile, PNG text,
 * orientation, ...). The encoders' "strip" option is not enough on its own: Debian 12's libvips
 * 8.14.1 webpsave still writes the EXIF and XMP chunks with strip set. */
static inline int trustsite_vips_without_metadata(VipsImage *in, VipsImage **out) {
    if (vips_copy(in, out, NULL) != 0) {
        return -1;
    }
    gchar **fields = vips_image_get_fields(*out);
    for (gchar **field = fields; field && *field; field++) {
        vips_image_remove(*out, *field); /* the image's own properties (width, ...) stay: not removable */
    }
    g_strfreev(fields);
    return 0;
}

/* Flattens transparency onto white: JPEG has no alpha channel, and libvips would otherwise drop
 * it, turning a transparent logo's background black. */
static inline int trustsite_vips_flatten_white(VipsImage *in, VipsImage **out) {
    VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
    int result = vips_flatten(in, out, "background", white, NULL);
    vips_area_unref(VIPS_AREA(white));
    return result;
}

/* The encoders, all with every metadata block stripped (EXIF, XMP, IPTC, ICC, PNG text). Settings
 * are fixed, and none of these encoders writes a timestamp, so the bytes depend on the pixels only. */
static inline int trustsite_vips_jpeg(VipsImage *in, void **buffer, size_t *length, int quality) {
    return vips_jpegsave_buffer(in, buffer, length, "strip", TRUE, "Q", quality, "optimize_coding", TRUE,
                                "interlace", FALSE, NULL);
}

static inline int trustsite_vips_png(VipsImage *in, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "strip", TRUE, "compression", 9, "interlace", FALSE, NULL);
}

static inline int trustsite_vips_webp(VipsImage *in, void **buffer, size_t *length, int quality) {
    return vips_webpsave_buffer(in, buffer, length, "strip", TRUE, "Q", quality, NULL);
}
#endif
