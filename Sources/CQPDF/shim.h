#ifndef TRUSTSITE_QPDF_SHIM_H
#define TRUSTSITE_QPDF_SHIM_H
#include <qpdf/qpdf-c.h>

/* qpdf-c.h defines its status bits as `1 << 1`, which Swift does not import as constants. */
static const int trustsite_qpdf_errors = QPDF_ERRORS;
#endif
