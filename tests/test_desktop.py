"""The desktop knows Reportage: menu entry, deck file type, icon, AppStream metainfo."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.helpers import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "reportage.desktop"
MIME = PACKAGING / "reportage-deck.xml"
METAINFO = PACKAGING / "org.reportage.Reportage.metainfo.xml"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _entry(path=DESKTOP, group="Desktop Entry") -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser[group]


def _deck_type() -> ET.Element:
    (mime_type,) = ET.parse(MIME).getroot().findall("m:mime-type", NS)
    return mime_type


def test_the_deck_type_is_the_deck_toml_file():
    mime_type = _deck_type()
    assert [g.get("pattern") for g in mime_type.findall("m:glob", NS)] == ["deck.toml"]
    assert mime_type.find("m:sub-class-of", NS).get("type") == "application/toml"


def test_the_menu_entry_opens_what_it_is_given_and_claims_the_deck_type():
    entry = _entry()
    assert entry["Exec"].split() == ["reportage", "%f"]
    assert _entry(group="Desktop Action present")["Exec"].split() == [
        "reportage", "present", "%f"]
    assert _deck_type().get("type") in entry["MimeType"].split(";")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_the_metainfo_names_the_entry_the_licence_and_the_type():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("provides/mediatype") == _deck_type().get("type")
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-utils is not installed")
def test_desktop_file_validate_passes():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_appstreamcli_validate_passes():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_puts_entry_type_icon_and_metainfo_in_place(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([str(PACKAGING / "install-desktop.sh")], env=env,
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    installed = tmp_path / "applications" / "reportage.desktop"
    assert _entry(installed)["Exec"].endswith('/.venv/bin/reportage" %f')
    assert (tmp_path / "icons/hicolor/48x48/apps/reportage.png").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps/reportage.svg").is_file()
    assert (tmp_path / "metainfo" / METAINFO.name).is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(installed)],
                              check=False).returncode == 0
    if shutil.which("update-mime-database"):
        globs = (tmp_path / "mime" / "globs2").read_text()
        assert f"{_deck_type().get('type')}:deck.toml" in globs
