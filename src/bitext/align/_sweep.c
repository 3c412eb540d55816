/*
 * The three sweeps of the alignment search over a band, compiled: the cheapest path
 * (Viterbi), the forward and backward log-sums of path weights, and the expected bead
 * counts. bitext.align.search holds the same sweeps in NumPy (used when this module was not
 * built) and the tests compare the two; bitext.align.dp is the oracle of both.
 *
 * The band: row i (0 .. n) holds the columns lo[i] .. hi[i]; its cells are stored flat, row
 * after row, row i starting at offsets[i] (offsets has n + 2 entries, the last the number of
 * cells). costs is a (types x cells) float32 array: costs[k * cells + c] is the cost of a
 * bead of type k (a[k] source and b[k] target sentences) ending in cell c (infinite where it
 * would start outside the band). A 0-1 bead (one cell to the right in the same row) costs
 * the constant insert_cost.
 *
 * Arrays come in through the buffer protocol (NumPy arrays, C-contiguous), so the module
 * needs no NumPy headers; their sizes are checked before any loop runs.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    Py_ssize_t rows;  /* n + 1 */
    Py_ssize_t cells;
    Py_ssize_t types;
    const int64_t *lo, *hi, *offsets, *a, *b;
    const float *costs;
} Band;

/* log(exp(x) + exp(y)), exact for infinities (as numpy.logaddexp). */
static double log_add(double x, double y)
{
    if (x == y)
        return x + M_LN2;
    double d = x - y;
    if (d > 0)
        return x + log1p(exp(-d));
    if (d <= 0)
        return y + log1p(exp(d));
    return d; /* NaN */
}

/* Flat index of cell (i, j), or -1 if it lies outside the band. */
static Py_ssize_t cell_of(const Band *band, int64_t i, int64_t j)
{
    if (i < 0 || i >= band->rows || j < band->lo[i] || j > band->hi[i])
        return -1;
    return (Py_ssize_t)(band->offsets[i] + j - band->lo[i]);
}

static int check(Py_buffer *buffer, Py_ssize_t items, Py_ssize_t size, const char *name)
{
    if (buffer->len != items * size) {
        PyErr_Format(PyExc_ValueError, "%s has %zd bytes, expected %zd", name, buffer->len,
                     items * size);
        return 0;
    }
    return 1;
}

/* Reads and checks the band's buffers (lo, hi, offsets, a, b, costs). */
static int band_from(Band *band, Py_buffer *lo, Py_buffer *hi, Py_buffer *offsets,
                     Py_buffer *a, Py_buffer *b, Py_buffer *costs)
{
    band->rows = lo->len / (Py_ssize_t)sizeof(int64_t);
    band->types = a->len / (Py_ssize_t)sizeof(int64_t);
    if (!check(hi, band->rows, sizeof(int64_t), "hi")
        || !check(offsets, band->rows + 1, sizeof(int64_t), "offsets")
        || !check(b, band->types, sizeof(int64_t), "b"))
        return 0;
    band->lo = lo->buf;
    band->hi = hi->buf;
    band->offsets = offsets->buf;
    band->a = a->buf;
    band->b = b->buf;
    band->cells = (Py_ssize_t)band->offsets[band->rows];
    if (band->rows < 1 || band->offsets[0] != 0)
        goto malformed;
    for (Py_ssize_t i = 0; i < band->rows; i++) {
        if (band->hi[i] < band->lo[i]
            || band->offsets[i + 1] - band->offsets[i] != band->hi[i] - band->lo[i] + 1)
            goto malformed;
    }
    for (Py_ssize_t k = 0; k < band->types; k++) {
        if (band->a[k] < 0 || band->b[k] < 0 || band->a[k] + band->b[k] == 0)
            goto malformed;
    }
    if (!check(costs, band->types * band->cells, sizeof(float), "costs"))
        return 0;
    band->costs = costs->buf;
    return 1;
malformed:
    PyErr_SetString(PyExc_ValueError, "malformed band");
    return 0;
}

static void release(Py_buffer *buffers, int count)
{
    for (int k = 0; k < count; k++)
        if (buffers[k].obj != NULL)
            PyBuffer_Release(&buffers[k]);
}

/* --- Viterbi ------------------------------------------------------------------------- */

static void run_viterbi(const Band *band, double insert_cost, double *table, int8_t *back)
{
    for (Py_ssize_t i = 0; i < band->rows; i++) {
        Py_ssize_t base = (Py_ssize_t)band->offsets[i];
        Py_ssize_t width = (Py_ssize_t)(band->hi[i] - band->lo[i] + 1);
        for (Py_ssize_t c = 0; c < width; c++) {
            int64_t j = band->lo[i] + c;
            double best = INFINITY;
            int arg = -1;
            for (Py_ssize_t k = 0; k < band->types; k++) {
                Py_ssize_t origin = cell_of(band, i - band->a[k], j - band->b[k]);
                if (origin < 0)
                    continue;
                double v = table[origin] + (double)band->costs[k * band->cells + base + c];
                if (v < best) {
                    best = v;
                    arg = (int)k;
                }
            }
            table[base + c] = best;
            back[base + c] = (int8_t)arg;
        }
        if (i == 0 && band->lo[0] <= 0 && band->hi[0] >= 0) {
            table[base - band->lo[0]] = 0.0;
            back[base - band->lo[0]] = -1;
        }
        /* 0-1 beads within the row: a running minimum (as the NumPy sweep computes it). */
        double running = INFINITY;
        for (Py_ssize_t c = 0; c < width; c++) {
            double step = (double)c * insert_cost;
            double here = table[base + c];
            if (here - step < running)
                running = here - step;
            double moved = running + step;
            if (moved < here - 1e-9) {
                table[base + c] = moved;
                back[base + c] = (int8_t)band->types;
            }
        }
    }
}

PyDoc_STRVAR(viterbi_doc,
             "viterbi(lo, hi, offsets, a, b, costs, insert_cost, table, back)\n\n"
             "Fill table (float64, the cheapest cost to each cell) and back (int8: the bead "
             "type that reached each cell, len(a) for a 0-1 bead, -1 for none).");

static PyObject *viterbi(PyObject *self, PyObject *args)
{
    Py_buffer in[6] = {{0}}, table = {0}, back = {0};
    double insert_cost;
    Band band;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*dw*w*", &in[0], &in[1], &in[2], &in[3], &in[4],
                          &in[5], &insert_cost, &table, &back))
        goto fail;
    if (!band_from(&band, &in[0], &in[1], &in[2], &in[3], &in[4], &in[5])
        || !check(&table, band.cells, sizeof(double), "table")
        || !check(&back, band.cells, sizeof(int8_t), "back"))
        goto fail;
    if (band.types > 126) {
        PyErr_SetString(PyExc_ValueError, "too many bead types");
        goto fail;
    }
    Py_BEGIN_ALLOW_THREADS
    run_viterbi(&band, insert_cost, table.buf, back.buf);
    Py_END_ALLOW_THREADS
    release(in, 6);
    PyBuffer_Release(&table);
    PyBuffer_Release(&back);
    Py_RETURN_NONE;
fail:
    release(in, 6);
    if (table.obj != NULL)
        PyBuffer_Release(&table);
    if (back.obj != NULL)
        PyBuffer_Release(&back);
    return NULL;
}

/* --- Forward and backward ----------------------------------------------------------- */

static void run_forward(const Band *band, double insert_cost, double temperature, double *out)
{
    double step = insert_cost / temperature;
    for (Py_ssize_t i = 0; i < band->rows; i++) {
        Py_ssize_t base = (Py_ssize_t)band->offsets[i];
        Py_ssize_t width = (Py_ssize_t)(band->hi[i] - band->lo[i] + 1);
        for (Py_ssize_t c = 0; c < width; c++) {
            int64_t j = band->lo[i] + c;
            double sum = -INFINITY;
            for (Py_ssize_t k = 0; k < band->types; k++) {
                Py_ssize_t origin = cell_of(band, i - band->a[k], j - band->b[k]);
                if (origin < 0)
                    continue;
                double weight = -(double)band->costs[k * band->cells + base + c] / temperature;
                sum = log_add(sum, out[origin] + weight);
            }
            if (i == 0 && j == 0)
                sum = 0.0;
            if (c > 0)
                sum = log_add(sum, out[base + c - 1] - step);
            out[base + c] = sum;
        }
    }
}

static void run_backward(const Band *band, double insert_cost, double temperature, double *out)
{
    double step = insert_cost / temperature;
    Py_ssize_t n = band->rows - 1;
    int64_t m = band->hi[n];
    for (Py_ssize_t i = n; i >= 0; i--) {
        Py_ssize_t base = (Py_ssize_t)band->offsets[i];
        Py_ssize_t width = (Py_ssize_t)(band->hi[i] - band->lo[i] + 1);
        for (Py_ssize_t c = width - 1; c >= 0; c--) {
            int64_t j = band->lo[i] + c;
            double sum = -INFINITY;
            for (Py_ssize_t k = 0; k < band->types; k++) {
                Py_ssize_t end = cell_of(band, i + band->a[k], j + band->b[k]);
                if (end < 0)
                    continue;
                double weight = -(double)band->costs[k * band->cells + end] / temperature;
                sum = log_add(sum, out[end] + weight);
            }
            if (i == n && j == m)
                sum = 0.0;
            if (c < width - 1)
                sum = log_add(sum, out[base + c + 1] - step);
            out[base + c] = sum;
        }
    }
}

typedef void (*Sweep)(const Band *, double, double, double *);

static PyObject *sweep(PyObject *args, Sweep run)
{
    Py_buffer in[6] = {{0}}, out = {0};
    double insert_cost, temperature;
    Band band;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*ddw*", &in[0], &in[1], &in[2], &in[3], &in[4],
                          &in[5], &insert_cost, &temperature, &out))
        goto fail;
    if (!band_from(&band, &in[0], &in[1], &in[2], &in[3], &in[4], &in[5])
        || !check(&out, band.cells, sizeof(double), "out"))
        goto fail;
    if (!(temperature > 0)) {
        PyErr_SetString(PyExc_ValueError, "temperature must be positive");
        goto fail;
    }
    Py_BEGIN_ALLOW_THREADS
    run(&band, insert_cost, temperature, out.buf);
    Py_END_ALLOW_THREADS
    release(in, 6);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
fail:
    release(in, 6);
    if (out.obj != NULL)
        PyBuffer_Release(&out);
    return NULL;
}

PyDoc_STRVAR(forward_doc,
             "forward(lo, hi, offsets, a, b, costs, insert_cost, temperature, out)\n\n"
             "Fill out (float64) with the log-sum of the weights exp(-cost / temperature) of "
             "all partial paths from (0, 0) to each cell.");

static PyObject *forward(PyObject *self, PyObject *args)
{
    (void)self;
    return sweep(args, run_forward);
}

PyDoc_STRVAR(backward_doc,
             "backward(lo, hi, offsets, a, b, costs, insert_cost, temperature, out)\n\n"
             "Fill out (float64) with the log-sum of the weights of all partial paths from "
             "each cell to (n, m).");

static PyObject *backward(PyObject *self, PyObject *args)
{
    (void)self;
    return sweep(args, run_backward);
}

/* --- Expected bead counts ------------------------------------------------------------ */

static void run_expected(const Band *band, double insert_cost, double temperature,
                         const double *fwd, const double *bwd, double total, double *counts)
{
    double step = insert_cost / temperature;
    for (Py_ssize_t i = 0; i < band->rows; i++) {
        Py_ssize_t base = (Py_ssize_t)band->offsets[i];
        Py_ssize_t width = (Py_ssize_t)(band->hi[i] - band->lo[i] + 1);
        for (Py_ssize_t c = 0; c < width; c++) {
            int64_t j = band->lo[i] + c;
            double after = bwd[base + c] - total;
            for (Py_ssize_t k = 0; k < band->types; k++) {
                Py_ssize_t origin = cell_of(band, i - band->a[k], j - band->b[k]);
                if (origin < 0)
                    continue;
                double weight = -(double)band->costs[k * band->cells + base + c] / temperature;
                double log_p = fwd[origin] + weight + after;
                counts[k] += exp(log_p < 0 ? log_p : 0.0);
            }
            if (c > 0) {
                double log_p = fwd[base + c - 1] - step + after;
                counts[band->types] += exp(log_p < 0 ? log_p : 0.0);
            }
        }
    }
}

PyDoc_STRVAR(expected_doc,
             "expected(lo, hi, offsets, a, b, costs, insert_cost, temperature, forward, "
             "backward, total, counts)\n\n"
             "Add to counts (float64, one per bead type and last the 0-1 beads) the expected "
             "number of beads of each type on a path, from the forward and backward sums.");

static PyObject *expected(PyObject *self, PyObject *args)
{
    Py_buffer in[8] = {{0}}, counts = {0};
    double insert_cost, temperature, total;
    Band band;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*ddy*y*dw*", &in[0], &in[1], &in[2], &in[3],
                          &in[4], &in[5], &insert_cost, &temperature, &in[6], &in[7], &total,
                          &counts))
        goto fail;
    if (!band_from(&band, &in[0], &in[1], &in[2], &in[3], &in[4], &in[5])
        || !check(&in[6], band.cells, sizeof(double), "forward")
        || !check(&in[7], band.cells, sizeof(double), "backward")
        || !check(&counts, band.types + 1, sizeof(double), "counts"))
        goto fail;
    if (!(temperature > 0)) {
        PyErr_SetString(PyExc_ValueError, "temperature must be positive");
        goto fail;
    }
    Py_BEGIN_ALLOW_THREADS
    run_expected(&band, insert_cost, temperature, in[6].buf, in[7].buf, total, counts.buf);
    Py_END_ALLOW_THREADS
    release(in, 8);
    PyBuffer_Release(&counts);
    Py_RETURN_NONE;
fail:
    release(in, 8);
    if (counts.obj != NULL)
        PyBuffer_Release(&counts);
    return NULL;
}

static PyMethodDef methods[] = {
    {"viterbi", viterbi, METH_VARARGS, viterbi_doc},
    {"forward", forward, METH_VARARGS, forward_doc},
    {"backward", backward, METH_VARARGS, backward_doc},
    {"expected", expected, METH_VARARGS, expected_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "bitext.align._sweep",
    "The alignment search's sweeps over a band, compiled (see bitext.align.search).",
    -1,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__sweep(void)
{
    return PyModule_Create(&module);
}
