#!/usr/bin/python3
"""Writes the .docx fixtures of core.import_office and cli.cli_office with python-docx.

python-docx (0.8 in Debian 12) has no API for comments, footnotes or tracked changes: those are
added to the package it wrote with zipfile, as Word writes them.
Usage: make_docx.py OUTPUT_FOLDER
"""
import datetime
import re
import sys
import zipfile

import docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
out = sys.argv[1]


def base_document(path):
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Hội nghị tổng kết năm 2024 của tỉnh"
    cp.author = "Lê Thu Hà"
    cp.created = datetime.datetime(2024, 3, 12, 9, 30, 0)
    d.add_heading("Hội nghị tổng kết công tác năm", level=1)
    d.add_paragraph("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết với 250 đại biểu tham dự.")
    d.add_paragraph("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu khai mạc hội nghị.")
    d.add_heading("Kết quả nổi bật", level=2)
    d.add_paragraph("Thu ngân sách đạt 4.250 tỷ đồng", style="List Bullet")
    d.add_paragraph("Tăng trưởng kinh tế đạt 8,5%", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Kết quả"
    table.cell(1, 0).text = "Vốn đầu tư"
    table.cell(1, 1).text = "12,5 tỷ đồng"
    d.add_paragraph("Tin nhắn cuối cùng của bài viết.")
    d.save(path)


def rewrite(path, edits, extra_parts, extra_rels, extra_types):
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            name = info.filename
            if name == "word/document.xml":
                text = data.decode("utf-8")
                for old, new in edits:
                    assert old in text, old
                    text = text.replace(old, new, 1)
                data = text.encode("utf-8")
            elif name == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", extra_rels.encode("utf-8") + b"</Relationships>")
            elif name == "[Content_Types].xml":
                data = data.replace(b"</Types>", extra_types.encode("utf-8") + b"</Types>")
            z.writestr(info, data)
        for name, text in extra_parts:
            z.writestr(name, text.encode("utf-8"))


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


def with_review(path):
    """Comments (one with a reply, one resolved), a footnote, tracked changes, a linked image."""
    base_document(path)
    comments = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:comments xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        '<w:comment w:id="0" w:author="Trần Minh" w:initials="TM" w:date="2024-03-13T08:00:00Z">'
        '<w:p w14:paraId="1A2B3C01"><w:r><w:t>Kiểm tra lại số đại biểu.</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="1" w:author="Lê Thu Hà" w:initials="LTH" w:date="2024-03-13T09:15:00Z">'
        '<w:p w14:paraId="1A2B3C02"><w:r><w:t>Đã xác nhận với Văn phòng.</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="2" w:author="Phạm Hoa" w:initials="PH" w:date="2024-03-14T10:00:00Z">'
        '<w:p w14:paraId="1A2B3C03"><w:r><w:t>Ghi rõ chức danh.</w:t></w:r></w:p></w:comment>'
        '</w:comments>' % W)
    extended = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        '<w15:commentEx w15:paraId="1A2B3C01" w15:done="0"/>'
        '<w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="0"/>'
        '<w15:commentEx w15:paraId="1A2B3C03" w15:done="1"/>'
        '</w15:commentsEx>')
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="%s">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Theo báo cáo của Sở Tài chính.</w:t></w:r></w:p></w:footnote>'
        '</w:footnotes>' % W)
    rels = (
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
        '<Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>'
        '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:9/tracker.png" TargetMode="External"/>')
    types = (
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    edits = [
        # Comment 0 (and its reply 1) on "250 đại biểu"; a footnote after "tổng kết".
        ('<w:t>Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết với 250 đại biểu tham dự.</w:t></w:r>',
         '<w:t xml:space="preserve">Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết</w:t></w:r>'
         '<w:r><w:footnoteReference w:id="1"/></w:r>' + run(" với ") +
         '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>' + run("250 đại biểu") +
         '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
         '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>' + run(" tham dự.")),
        # Comment 2 on "Chủ tịch UBND tỉnh"; a tracked insertion and a tracked deletion.
        ('<w:t>Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu khai mạc hội nghị.</w:t></w:r>',
         '<w:t xml:space="preserve">Ông Nguyễn Văn An, </w:t></w:r><w:commentRangeStart w:id="2"/>' + run("Chủ tịch UBND tỉnh") +
         '<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>' + run(", phát biểu ") +
         '<w:del w:id="90" w:author="Lê Thu Hà" w:date="2024-03-13T08:00:00Z"><w:r><w:delText>chào mừng và </w:delText></w:r></w:del>'
         '<w:ins w:id="91" w:author="Lê Thu Hà" w:date="2024-03-13T08:00:00Z">' + run("khai mạc ") + '</w:ins>' + run("hội nghị.")),
    ]
    rewrite(path, edits,
            [("word/comments.xml", comments), ("word/commentsExtended.xml", extended), ("word/footnotes.xml", footnotes)],
            rels, types)


def plain(path):
    base_document(path)


def pages(path, count):
    """About `count` pages of Vietnamese text (the benchmark's document)."""
    d = docx.Document()
    d.core_properties.title = "Báo cáo dài"
    body = ("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm với 250 đại biểu tham dự; "
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu khai mạc và nêu kết quả thu ngân sách đạt 4.250 tỷ đồng. ")
    for page in range(count):
        d.add_heading("Phần %d" % (page + 1), level=2)
        for _ in range(5):
            d.add_paragraph(body * 2)
    d.save(path)


if __name__ == "__main__":
    with_review(out + "/review.docx")
    plain(out + "/plain.docx")
    if len(sys.argv) > 2:
        pages(out + "/pages.docx", int(sys.argv[2]))
