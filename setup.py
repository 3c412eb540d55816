"""Build the one compiled module, bitext.align._sweep (the alignment search's sweeps).

Everything else is in pyproject.toml. The module is optional: where no C compiler is found,
the install goes on and bitext uses the same sweeps written with NumPy (slower, same results).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "bitext.align._sweep",
            ["src/bitext/align/_sweep.c"],
            optional=True,
            extra_compile_args=["-O2"],
        )
    ]
)
