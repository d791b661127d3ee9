#!/usr/bin/env python3
"""Validates .docx packages against the ECMA-376 transitional schemas in
test/fixtures/ooxml-schemas, offline.

usage: ooxml-validate.py FILE.docx...
Prints one JSON object: {file: [problem, ...]} (an empty list: valid).
Each XML part is checked against the schema its content type names; markup
compatibility is applied first, as a reader that knows only the standard would
(ignorable namespaces dropped, mc:AlternateContent replaced by its Fallback).
Relationship targets inside the package must exist. Needs python3-lxml.
"""
import json
import os
import posixpath
import sys
import zipfile

from lxml import etree

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "ooxml-schemas")
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
BY_TYPE = {
    "application/vnd.openxmlformats-package.relationships+xml": "opc-relationships.xsd",
    "application/vnd.openxmlformats-package.core-properties+xml": "opc-coreProperties.xsd",
    "application/vnd.openxmlformats-officedocument.extended-properties+xml": "shared-documentPropertiesExtended.xsd",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml": "shared-documentPropertiesCustom.xsd",
    "application/vnd.openxmlformats-officedocument.theme+xml": "dml-main.xsd",
}
_schemas = {}


def schema(name):
    if name not in _schemas:
        path = os.path.abspath(os.path.join(SCHEMAS, name))
        target = etree.parse(path).getroot().get("targetNamespace")
        xml_xsd = os.path.abspath(os.path.join(SCHEMAS, "xml.xsd"))
        # The xml: namespace first, so imports of it without a location resolve to the local copy.
        wrapper = (
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
            f'<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="file://{xml_xsd}"/>'
            f'<xs:import namespace="{target}" schemaLocation="file://{path}"/>'
            "</xs:schema>"
        )
        parser = etree.XMLParser(no_network=True)
        _schemas[name] = etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=f"file://{os.path.abspath(SCHEMAS)}/"))
    return _schemas[name]


def without_extensions(root):
    ignorable = set()
    for el in root.iter(etree.Element):
        for prefix in (el.get(f"{{{MC}}}Ignorable") or "").split():
            if prefix in el.nsmap:
                ignorable.add(el.nsmap[prefix])
    for alt in list(root.iter(f"{{{MC}}}AlternateContent")):
        parent, fallback = alt.getparent(), alt.find(f"{{{MC}}}Fallback")
        at = parent.index(alt)
        for i, child in enumerate(list(fallback) if fallback is not None else []):
            parent.insert(at + i, child)
        parent.remove(alt)
    for el in list(root.iter(etree.Element)):
        if etree.QName(el).namespace in ignorable and el.getparent() is not None:
            el.getparent().remove(el)
            continue
        for attr in list(el.attrib):
            ns = etree.QName(attr).namespace
            if ns in ignorable or ns == MC:
                del el.attrib[attr]
    return root


def problems(path):
    out = []
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    types = etree.fromstring(z.read("[Content_Types].xml"))
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(CT + "Default")}
    overrides = {o.get("PartName").lstrip("/"): o.get("ContentType") for o in types.iter(CT + "Override")}
    parts = [("[Content_Types].xml", "opc-contentTypes.xsd")]
    for name in sorted(n for n in names if not n.endswith("/") and n != "[Content_Types].xml"):
        ctype = (overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower(), "")).split(";")[0].strip()
        if ctype in BY_TYPE:
            parts.append((name, BY_TYPE[ctype]))
        elif ctype.startswith(WML):
            parts.append((name, "wml.xsd"))
        elif name.endswith((".xml", ".rels")):
            out.append(f"{name}: no schema for content type {ctype!r}")
    for name, xsd in parts:
        root = without_extensions(etree.fromstring(z.read(name)))
        s = schema(xsd)
        if not s.validate(etree.ElementTree(root)):
            out += [f"{name} line {e.line}: {e.message}" for e in list(s.error_log)[:10]]
    for name in sorted(n for n in names if n.endswith(".rels")):
        base = posixpath.dirname(posixpath.dirname(name))
        for r in etree.fromstring(z.read(name)).iter(RELS + "Relationship"):
            if r.get("TargetMode") == "External":
                continue
            target = r.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            if full not in names:
                out.append(f"{name}: {r.get('Id')} points at {target}, which is not in the package")
    return out


if __name__ == "__main__":
    print(json.dumps({p: problems(p) for p in sys.argv[1:]}, ensure_ascii=False))
