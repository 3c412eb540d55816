"""Build bitext's two small compiled modules: bitext.align._sweep (the alignment search's
sweeps) and bitext.align._paircounts (the built-in scorer's sentence-pair counts).

Everything else is in pyproject.toml. Both are optional: where no C compiler is found, the
install goes on and bitext computes the same in NumPy and Python (slower, same results).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "bitext.align._sweep",
            ["src/bitext/align/_sweep.c"],
            optional=True,
            extra_compile_args=["-O2"],
        ),
        Extension(
            "bitext.align._paircounts",
            ["src/bitext/align/_paircounts.c"],
            optional=True,
            extra_compile_args=["-O2"],
        ),
    ]
)
