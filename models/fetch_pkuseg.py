"""Fetch the pkuseg segmentation model from PyPI into models/pkuseg/.

The sdist of pkuseg==0.0.25 carries pkuseg/models/default/ (features.pkl,
weights.npz). We download the sdist (its setup.py imports numpy, so numpy,
setuptools, wheel and cython must be installed; nothing is built), check its
sha256 and extract only that folder.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

SDIST = "pkuseg-0.0.25.tar.gz"
SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
MEMBER = "pkuseg-0.0.25/pkuseg/models/default/"
FILES = ("features.pkl", "weights.npz")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(dest: Path) -> None:
    if all((dest / f).is_file() for f in FILES):
        print(f"pkuseg model present in {dest}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-build-isolation",
               "--no-binary", ":all:", "-q", "-d", tmp, "pkuseg==0.0.25"]
        print("downloading the pkuseg sdist from PyPI …", flush=True)
        subprocess.run(cmd, check=True)
        sdist = Path(tmp) / SDIST
        if not sdist.is_file():
            sys.exit(f"error: pip did not produce {SDIST} in {tmp}")
        digest = sha256(sdist)
        if digest != SHA256:
            sys.exit(f"error: {SDIST} sha256 {digest} != expected {SHA256}; refusing to use it")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(sdist) as tar:
            for name in FILES:
                member = tar.getmember(MEMBER + name)
                with tar.extractfile(member) as src, (dest / (name + ".part")).open("wb") as out:
                    while block := src.read(1 << 20):
                        out.write(block)
                (dest / (name + ".part")).replace(dest / name)
    print(f"pkuseg model extracted to {dest}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dest", type=Path, default=Path(__file__).parent / "pkuseg")
    fetch(ap.parse_args().dest)


if __name__ == "__main__":
    main()
