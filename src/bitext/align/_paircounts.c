/*
 * The overlap scorer's pair counts, compiled: for sentence pairs (i, j), the weight of
 * source i's feature groups that match target j and of target j's groups that match source
 * i. A group (a few alternative feature ids and a weight) matches a sentence when one of its
 * alternatives is among that sentence's features. bitext.align.overlap computes the same in
 * Python when this module was not built, and the tests compare the two.
 *
 * Each side comes as three arrays and the weights: groups[s] .. groups[s + 1] are the groups
 * of sentence s, starts[g] .. starts[g + 1] the positions in keys of group g's feature ids
 * (non-negative integers), weights[g] its weight. Arrays come in through the buffer protocol
 * (NumPy arrays, C-contiguous); every index is checked before the counting starts.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

typedef struct {
    Py_ssize_t sentences;
    Py_ssize_t n_groups;
    Py_ssize_t n_keys;
    const int64_t *groups, *starts, *keys;
    const double *weights;
} Side;

static int side_from(Side *side, Py_buffer *groups, Py_buffer *starts, Py_buffer *keys,
                     Py_buffer *weights, const char *name, int64_t *largest)
{
    side->sentences = groups->len / (Py_ssize_t)sizeof(int64_t) - 1;
    side->n_groups = starts->len / (Py_ssize_t)sizeof(int64_t) - 1;
    side->n_keys = keys->len / (Py_ssize_t)sizeof(int64_t);
    side->groups = groups->buf;
    side->starts = starts->buf;
    side->keys = keys->buf;
    side->weights = weights->buf;
    if (side->sentences < 0 || side->n_groups < 0
        || weights->len != side->n_groups * (Py_ssize_t)sizeof(double))
        goto malformed;
    if (side->groups[0] != 0 || side->groups[side->sentences] != side->n_groups)
        goto malformed;
    for (Py_ssize_t s = 0; s < side->sentences; s++)
        if (side->groups[s + 1] < side->groups[s])
            goto malformed;
    if (side->starts[0] != 0 || side->starts[side->n_groups] != side->n_keys)
        goto malformed;
    for (Py_ssize_t g = 0; g < side->n_groups; g++)
        if (side->starts[g + 1] < side->starts[g])
            goto malformed;
    for (Py_ssize_t k = 0; k < side->n_keys; k++) {
        if (side->keys[k] < 0)
            goto malformed;
        if (side->keys[k] > *largest)
            *largest = side->keys[k];
    }
    return 1;
malformed:
    PyErr_Format(PyExc_ValueError, "malformed %s features", name);
    return 0;
}

/* Mark sentence s's feature ids with s + 1 (a mark never needs clearing: it names s). */
static void mark(const Side *side, Py_ssize_t s, int64_t *marks)
{
    int64_t first = side->starts[side->groups[s]];
    int64_t last = side->starts[side->groups[s + 1]];
    for (int64_t k = first; k < last; k++)
        marks[side->keys[k]] = s + 1;
}

/* The weight of sentence s's groups with an alternative marked for sentence other. */
static double matched(const Side *side, Py_ssize_t s, const int64_t *marks, Py_ssize_t other)
{
    double total = 0.0;
    for (int64_t g = side->groups[s]; g < side->groups[s + 1]; g++) {
        for (int64_t k = side->starts[g]; k < side->starts[g + 1]; k++) {
            if (marks[side->keys[k]] == other + 1) {
                total += side->weights[g];
                break;
            }
        }
    }
    return total;
}

static void count(const Side *source, const Side *target, const int64_t *rows,
                  const int64_t *columns, Py_ssize_t pairs, int64_t *source_marks,
                  int64_t *target_marks, double *out_source, double *out_target)
{
    Py_ssize_t marked_source = -1, marked_target = -1;
    for (Py_ssize_t p = 0; p < pairs; p++) {
        Py_ssize_t i = (Py_ssize_t)rows[p], j = (Py_ssize_t)columns[p];
        if (i != marked_source) {
            mark(source, i, source_marks);
            marked_source = i;
        }
        if (j != marked_target) {
            mark(target, j, target_marks);
            marked_target = j;
        }
        out_source[p] = matched(source, i, target_marks, j);
        out_target[p] = matched(target, j, source_marks, i);
    }
}

PyDoc_STRVAR(count_pairs_doc,
             "count_pairs(source_groups, source_starts, source_keys, source_weights, "
             "target_groups, target_starts, target_keys, target_weights, rows, columns, "
             "out_source, out_target)\n\n"
             "For each pair (rows[p], columns[p]), the matched weight of the source "
             "sentence's groups in the target sentence (out_source[p]) and of the target's "
             "in the source (out_target[p]).");

static PyObject *count_pairs(PyObject *self, PyObject *args)
{
    Py_buffer in[10] = {{0}}, outs[2] = {{0}};
    Side source, target;
    int64_t largest = -1, *marks = NULL;
    PyObject *result = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*y*y*w*w*", &in[0], &in[1], &in[2], &in[3],
                          &in[4], &in[5], &in[6], &in[7], &in[8], &in[9], &outs[0], &outs[1]))
        goto done;
    if (!side_from(&source, &in[0], &in[1], &in[2], &in[3], "source", &largest)
        || !side_from(&target, &in[4], &in[5], &in[6], &in[7], "target", &largest))
        goto done;
    Py_ssize_t pairs = in[8].len / (Py_ssize_t)sizeof(int64_t);
    const int64_t *rows = in[8].buf, *columns = in[9].buf;
    if (in[9].len != in[8].len || outs[0].len != pairs * (Py_ssize_t)sizeof(double)
        || outs[1].len != pairs * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_ValueError, "rows, columns and outputs differ in length");
        goto done;
    }
    for (Py_ssize_t p = 0; p < pairs; p++) {
        if (rows[p] < 0 || rows[p] >= source.sentences || columns[p] < 0
            || columns[p] >= target.sentences) {
            PyErr_Format(PyExc_IndexError, "pair (%lld, %lld) outside the sentences",
                         (long long)rows[p], (long long)columns[p]);
            goto done;
        }
    }
    /* Two mark arrays, one per side, over every feature id. */
    marks = PyMem_Calloc(2 * (size_t)(largest + 1) + 2, sizeof(int64_t));
    if (marks == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    count(&source, &target, rows, columns, pairs, marks, marks + largest + 1, outs[0].buf,
          outs[1].buf);
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    PyMem_Free(marks);
    for (int k = 0; k < 10; k++)
        if (in[k].obj != NULL)
            PyBuffer_Release(&in[k]);
    for (int k = 0; k < 2; k++)
        if (outs[k].obj != NULL)
            PyBuffer_Release(&outs[k]);
    return result;
}

static PyMethodDef methods[] = {
    {"count_pairs", count_pairs, METH_VARARGS, count_pairs_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "bitext.align._paircounts",
    "The overlap scorer's sentence-pair counts, compiled (see bitext.align.overlap).",
    -1,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__paircounts(void)
{
    return PyModule_Create(&module);
}
