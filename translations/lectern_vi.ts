<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Annotation</name>
    <message>
        <source>fact-check</source>
        <translation>kiểm chứng</translation>
    </message>
    <message>
        <source>needs source</source>
        <translation>cần nguồn</translation>
    </message>
    <message>
        <source>name/title</source>
        <translation>tên/chức danh</translation>
    </message>
    <message>
        <source>figure</source>
        <comment>tag: a number to check</comment>
        <translation>số liệu</translation>
    </message>
    <message>
        <source>typo</source>
        <translation>lỗi chính tả</translation>
    </message>
    <message>
        <source>style</source>
        <translation>văn phong</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>pháp lý</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Train the entity tagger from span-annotated articles (JSON Lines: id, text, entities).</source>
        <translation>Huấn luyện bộ gán nhãn thực thể từ các bài viết đã gán nhãn đoạn (JSON Lines: id, text, entities).</translation>
    </message>
    <message>
        <source>Span file (JSON Lines).</source>
        <translation>Tệp nhãn đoạn (JSON Lines).</translation>
    </message>
    <message>
        <source>Split file (JSON: lists of article ids).</source>
        <translation>Tệp phân chia dữ liệu (JSON: các danh sách mã bài viết).</translation>
    </message>
    <message>
        <source>Train only on the articles of this list.</source>
        <translation>Chỉ huấn luyện trên các bài viết của danh sách này.</translation>
    </message>
    <message>
        <source>Continue from this model (adaptation).</source>
        <translation>Tiếp tục từ mô hình này (thích nghi).</translation>
    </message>
    <message>
        <source>Passes over the data.</source>
        <translation>Số lượt duyệt qua dữ liệu.</translation>
    </message>
    <message>
        <source>The training data&apos;s licence terms, recorded in the model.</source>
        <translation>Điều khoản giấy phép của dữ liệu huấn luyện, ghi vào mô hình.</translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation>Tệp mô hình cần ghi.</translation>
    </message>
    <message>
        <source>Keep at most this many features (size, speed).</source>
        <translation>Giữ tối đa chừng này đặc trưng (kích thước, tốc độ).</translation>
    </message>
    <message>
        <source>Print an entity tagger model&apos;s provenance.</source>
        <translation>In nguồn gốc của một mô hình gán nhãn thực thể.</translation>
    </message>
    <message>
        <source>The model file.</source>
        <translation>Tệp mô hình.</translation>
    </message>
    <message>
        <source>Continue training the entity tagger on the entity corrections stored in a review database.</source>
        <translation>Tiếp tục huấn luyện bộ nhận diện thực thể trên các sửa đổi thực thể lưu trong một cơ sở dữ liệu duyệt bài.</translation>
    </message>
    <message>
        <source>The review database.</source>
        <translation>Cơ sở dữ liệu duyệt bài.</translation>
    </message>
    <message>
        <source>Continue from this model (default: the bundled one).</source>
        <translation>Tiếp tục từ mô hình này (mặc định: mô hình đi kèm).</translation>
    </message>
    <message>
        <source>Learn word clusters from this unlabeled text (JSON Lines with &quot;text&quot;) and the training articles.</source>
        <translation>Học các cụm từ từ văn bản chưa gán nhãn này (JSON Lines có &quot;text&quot;) và các bài huấn luyện.</translation>
    </message>
    <message>
        <source>Number of word clusters (with --cluster-text).</source>
        <translation>Số cụm từ (dùng với --cluster-text).</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::AnnotationsVerb</name>
    <message>
        <source>%1: the article cannot be recorded in the review database</source>
        <translation>%1: không ghi được bài viết vào cơ sở dữ liệu duyệt bài</translation>
    </message>
    <message>
        <source>annotation %1 %2</source>
        <translation>ghi chú %1 %2</translation>
    </message>
    <message>
        <source>%1: the re-anchored annotations cannot be saved in the review database</source>
        <translation>%1: không lưu được các ghi chú đã neo lại vào cơ sở dữ liệu duyệt bài</translation>
    </message>
    <message>
        <source>Export, import and add review annotations (W3C Web Annotations) kept in Lectern&apos;s database.</source>
        <translation>Xuất, nhập và thêm ghi chú duyệt bài (W3C Web Annotations) lưu trong cơ sở dữ liệu của Lectern.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Tệp bài viết.</translation>
    </message>
    <message>
        <source>Review database (default: the one in Preferences).</source>
        <translation>Cơ sở dữ liệu duyệt bài (mặc định: cơ sở dữ liệu trong Tùy chọn).</translation>
    </message>
    <message>
        <source>Write the export here instead of standard output.</source>
        <translation>Ghi bản xuất vào đây thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>Start, in code points.</source>
        <translation>Vị trí đầu, tính bằng điểm mã.</translation>
    </message>
    <message>
        <source>End (exclusive), in code points.</source>
        <translation>Vị trí cuối (không tính), tính bằng điểm mã.</translation>
    </message>
    <message>
        <source>Comment text.</source>
        <translation>Nội dung bình luận.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Một nhãn (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Author (default: from Preferences).</source>
        <translation>Tác giả (mặc định: theo Tùy chọn).</translation>
    </message>
    <message>
        <source>Add K annotations, one transaction each.</source>
        <translation>Thêm K ghi chú, mỗi ghi chú một giao dịch.</translation>
    </message>
    <message>
        <source>usage: lectern annotations export|import|add|list FILE … (see --help)</source>
        <translation>cách dùng: lectern annotations export|import|add|list TỆP … (xem --help)</translation>
    </message>
    <message>
        <source>usage: lectern annotations import FILE ANNOTATIONS.jsonld</source>
        <translation>cách dùng: lectern annotations import TỆP GHICHU.jsonld</translation>
    </message>
    <message>
        <source>%1: the review database cannot be opened</source>
        <translation>%1: không mở được cơ sở dữ liệu duyệt bài</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1: tệp quá lớn</translation>
    </message>
    <message>
        <source>%1: the annotations could not be saved in the review database %2</source>
        <translation>%1: không lưu được các ghi chú vào cơ sở dữ liệu duyệt bài %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n annotations (%1 re-anchored, %2 orphaned)</source>
        <translation>
            <numerusform>đã nhập %n ghi chú (%1 neo lại, %2 mất neo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations had no urn:uuid id and were given a new one</source>
        <translation>
            <numerusform>%n ghi chú không có id urn:uuid và đã được cấp id mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations had no creation time and were given the import time</source>
        <translation>
            <numerusform>%n ghi chú không có thời điểm tạo và đã được gán thời điểm nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selectors Lectern cannot anchor were kept as they were</source>
        <translation>
            <numerusform>%n bộ chọn Lectern không neo được đã được giữ nguyên</numerusform>
        </translation>
    </message>
    <message>
        <source>add needs --start, --end and --comment</source>
        <translation>add cần --start, --end và --comment</translation>
    </message>
    <message>
        <source>--start/--end must give a non-empty span inside the text (0..%1 code points)</source>
        <translation>--start/--end phải cho một đoạn không rỗng nằm trong văn bản (0..%1 điểm mã)</translation>
    </message>
    <message>
        <source>%1: the annotation cannot be saved in the review database</source>
        <translation>%1: không lưu được ghi chú vào cơ sở dữ liệu duyệt bài</translation>
    </message>
    <message>
        <source>Export format: jsonld, csv, md, or docx/odt (the draft itself with the annotations as comments).</source>
        <translation>Định dạng xuất: jsonld, csv, md, hoặc docx/odt (chính bản thảo, với các ghi chú thành nhận xét).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jsonld, csv, md, docx, odt)</source>
        <translation>định dạng không rõ &apos;%1&apos; (jsonld, csv, md, docx, odt)</translation>
    </message>
    <message>
        <source>watch: stop after N changes (default 1).</source>
        <translation>watch: dừng sau N thay đổi (mặc định 1).</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60).</source>
        <translation>watch: thôi chờ sau S giây (mặc định 60).</translation>
    </message>
    <message>
        <source>--count and --timeout must be positive numbers</source>
        <translation>--count và --timeout phải là số dương</translation>
    </message>
    <message>
        <source>%1: only a team server (postgresql://…) announces changes</source>
        <translation>%1: chỉ máy chủ nhóm (postgresql://…) mới thông báo thay đổi</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>đang theo dõi %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes arrived before the timeout</source>
        <translation>
            <numerusform>%n thay đổi đến trước khi hết giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>add, sync on a team server: the offline journal (default: one per server in the data folder).</source>
        <translation>add, sync trên máy chủ nhóm: nhật ký ngoại tuyến (mặc định: một tệp cho mỗi máy chủ trong thư mục dữ liệu).</translation>
    </message>
    <message>
        <source>usage: lectern annotations sync [--db URI] [--journal FILE]</source>
        <translation>cách dùng: lectern annotations sync [--db URI] [--journal TỆP]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (export, import, add, list, watch, sync)</source>
        <translation>lệnh không rõ &apos;%1&apos; (export, import, add, list, watch, sync)</translation>
    </message>
    <message>
        <source>the team server went away: the comments are kept in the offline journal %1</source>
        <translation>mất kết nối với máy chủ nhóm: các bình luận được giữ trong nhật ký ngoại tuyến %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes wait in the offline journal %1; “lectern annotations sync” sends them when the team server is back</source>
        <translation>
            <numerusform>%n thay đổi đang chờ trong nhật ký ngoại tuyến %1; “lectern annotations sync” sẽ gửi chúng khi máy chủ nhóm hoạt động trở lại</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send: no offline journal %1</source>
        <translation>không có gì để gửi: không có nhật ký ngoại tuyến %1</translation>
    </message>
    <message>
        <source>sent %1, already on the server %2, conflicts %3 (kept on the server), refused %4 (kept in the journal), pending %5</source>
        <translation>đã gửi %1, đã có trên máy chủ %2, xung đột %3 (giữ trên máy chủ), bị từ chối %4 (giữ trong nhật ký), còn chờ %5</translation>
    </message>
    <message>
        <source>The comments are kept in the offline journal %1.</source>
        <translation>Các bình luận được giữ trong nhật ký ngoại tuyến %1.</translation>
    </message>
    <message>
        <source>sync needs a team server: --db postgresql://…</source>
        <translation>sync cần một máy chủ nhóm: --db postgresql://…</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::Cli</name>
    <message>
        <source>no verb given</source>
        <translation>chưa có lệnh</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (known: %2)</source>
        <translation>lệnh không rõ &apos;%1&apos; (các lệnh có: %2)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::ExtractVerb</name>
    <message>
        <source>Import articles and print what Lectern finds in them, one JSON line per file.</source>
        <translation>Nhập bài viết và in ra những gì Lectern tìm thấy trong đó, mỗi tệp một dòng JSON.</translation>
    </message>
    <message>
        <source>Article files (text, HTML, Markdown).</source>
        <translation>Các tệp bài viết (văn bản, HTML, Markdown).</translation>
    </message>
    <message>
        <source>no file given (usage: lectern extract FILE...)</source>
        <translation>chưa có tệp nào (cách dùng: lectern extract TỆP...)</translation>
    </message>
    <message>
        <source>Read names with this tagger model (default: the bundled one).</source>
        <translation>Đọc tên bằng mô hình gán nhãn này (mặc định: mô hình đi kèm).</translation>
    </message>
    <message>
        <source>Use the rules and gazetteers alone.</source>
        <translation>Chỉ dùng các quy tắc và danh bạ tên.</translation>
    </message>
    <message>
        <source>--model and --no-model exclude each other</source>
        <translation>--model và --no-model loại trừ nhau</translation>
    </message>
    <message>
        <source>%1: %2; using the rules alone</source>
        <translation>%1: %2; chỉ dùng các quy tắc</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::LibraryVerb</name>
    <message>
        <source>added %1</source>
        <translation>đã thêm %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>đã cập nhật %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>không đổi %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 failed</source>
        <translation>%1 đã thêm, %2 đã cập nhật, %3 không đổi, %4 lỗi</translation>
    </message>
    <message>
        <source>no match for %1</source>
        <translation>không có kết quả cho %1</translation>
    </message>
    <message>
        <source>The library: import, search and list articles.</source>
        <translation>Thư viện: nhập, tìm và liệt kê bài viết.</translation>
    </message>
    <message>
        <source>The database (default: from Preferences).</source>
        <translation>Cơ sở dữ liệu (mặc định: theo Tùy chọn).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In ra JSON.</translation>
    </message>
    <message>
        <source>At most N search results.</source>
        <translation>Tối đa N kết quả tìm kiếm.</translation>
    </message>
    <message>
        <source>Only articles in this review state.</source>
        <translation>Chỉ các bài ở trạng thái duyệt này.</translation>
    </message>
    <message>
        <source>Only articles from this source.</source>
        <translation>Chỉ các bài từ nguồn này.</translation>
    </message>
    <message>
        <source>Only articles with this annotation tag.</source>
        <translation>Chỉ các bài có nhãn ghi chú này.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (%2)</source>
        <translation>lệnh không rõ &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>usage: lectern library add PATH…</source>
        <translation>cách dùng: lectern library add ĐƯỜNG_DẪN…</translation>
    </message>
    <message>
        <source>usage: lectern library search QUERY</source>
        <translation>cách dùng: lectern library search TRUY_VẤN</translation>
    </message>
    <message>
        <source>usage: lectern library %1 FILE</source>
        <translation>cách dùng: lectern library %1 TỆP</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (draft, in-review, approved)</source>
        <translation>trạng thái không rõ &apos;%1&apos; (draft, in-review, approved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit cần một số dương</translation>
    </message>
    <message numerus="yes">
        <source>%n articles added</source>
        <translation>
            <numerusform>đã thêm %n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>files</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>interrupted after %1 of %2 files; they are stored: run the same command again to import the rest</source>
        <translation>bị ngắt sau %1 trên %2 tệp; các tệp này đã được lưu: chạy lại đúng lệnh này để nhập phần còn lại</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>bài viết</translation>
    </message>
    <message>
        <source>%1 of %2 articles re-read (%3), %4 failed</source>
        <translation>đã đọc lại %1 trên %2 bài viết (%3), %4 lỗi</translation>
    </message>
    <message>
        <source>interrupted: run the same command again to re-read the rest</source>
        <translation>bị ngắt: chạy lại đúng lệnh này để đọc lại phần còn lại</translation>
    </message>
    <message>
        <source>add, search, list, export, import, vacuum or reindex.</source>
        <translation>add, search, list, export, import, vacuum hoặc reindex.</translation>
    </message>
    <message>
        <source>Show progress with the rate and the time left on stderr (add, reindex).</source>
        <translation>Hiện tiến độ kèm tốc độ và thời gian còn lại trên stderr (add, reindex).</translation>
    </message>
    <message>
        <source>usage: lectern library add|search|list|export|import|vacuum|reindex …</source>
        <translation>cách dùng: lectern library add|search|list|export|import|vacuum|reindex …</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 trên %2 %3</translation>
    </message>
    <message>
        <source>%1 articles/s</source>
        <translation>%1 bài/giây</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/giây</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>còn khoảng %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::PdfVerb</name>
    <message>
        <source>Write the editorial printout of articles as PDF: highlights, page numbers, content hash and QR code.</source>
        <translation>Xuất bản in biên tập của bài viết ra PDF: tô sáng, số trang, mã băm nội dung và mã QR.</translation>
    </message>
    <message>
        <source>Article files (text, HTML, Markdown).</source>
        <translation>Các tệp bài viết (văn bản, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Output PDF file, or a directory for several articles.</source>
        <translation>Tệp PDF đầu ra, hoặc một thư mục nếu có nhiều bài viết.</translation>
    </message>
    <message>
        <source>Print without entity highlights.</source>
        <translation>In không tô sáng thực thể.</translation>
    </message>
    <message>
        <source>Print the annotations as numbered notes, beside their lines where they fit.</source>
        <translation>In các ghi chú thành ghi chú đánh số, đặt ở lề cạnh dòng của chúng khi vừa chỗ.</translation>
    </message>
    <message>
        <source>With --annotations: print every note at the end, none in the margin.</source>
        <translation>Cùng --annotations: in mọi ghi chú ở cuối bài, không in ở lề.</translation>
    </message>
    <message>
        <source>Add the index of people, organizations, places and figures.</source>
        <translation>Thêm bảng chỉ mục nhân vật, tổ chức, địa danh và số liệu.</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>Khổ giấy: A4 (mặc định) hoặc Letter.</translation>
    </message>
    <message>
        <source>Print in gray levels only.</source>
        <translation>Chỉ in thang độ xám.</translation>
    </message>
    <message>
        <source>Put the QR code on every page.</source>
        <translation>Đặt mã QR trên mọi trang.</translation>
    </message>
    <message>
        <source>Review database the annotations come from (default: the one in Preferences).</source>
        <translation>Cơ sở dữ liệu duyệt bài chứa các ghi chú (mặc định: cơ sở dữ liệu đặt trong Tùy chọn).</translation>
    </message>
    <message>
        <source>Language of the printout: vi or en (default: the interface language).</source>
        <translation>Ngôn ngữ của bản in: vi hoặc en (mặc định: ngôn ngữ giao diện).</translation>
    </message>
    <message>
        <source>--language must be vi or en, not &apos;%1&apos;</source>
        <translation>--language phải là vi hoặc en, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no file given (usage: lectern pdf FILE... -o OUT.pdf|DIR)</source>
        <translation>chưa chỉ định tệp (cách dùng: lectern pdf FILE... -o OUT.pdf|DIR)</translation>
    </message>
    <message>
        <source>no output given (-o OUT.pdf, or -o DIR for several files)</source>
        <translation>chưa chỉ định đầu ra (-o OUT.pdf, hoặc -o DIR cho nhiều tệp)</translation>
    </message>
    <message>
        <source>--paper must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--paper phải là A4 hoặc Letter, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the output must end in .pdf, or be a directory</source>
        <translation>%1: đầu ra phải có đuôi .pdf hoặc là một thư mục</translation>
    </message>
    <message>
        <source>%1: the directory cannot be created</source>
        <translation>%1: không tạo được thư mục</translation>
    </message>
    <message>
        <source>the review database %1 cannot be opened</source>
        <translation>không mở được cơ sở dữ liệu duyệt bài %1</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: lỗi: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>no QR code: %1</source>
        <translation>không có mã QR: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::PrintVerb</name>
    <message>
        <source>Print the editorial printout of an article on a printer: highlights, page numbers, content hash, QR code and, with --annotations, the notes.</source>
        <translation>In bản in biên tập của một bài viết ra máy in: tô sáng, số trang, mã băm nội dung, mã QR và, khi có --annotations, các ghi chú.</translation>
    </message>
    <message>
        <source>Article file (text, HTML, Markdown).</source>
        <translation>Tệp bài viết (văn bản, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Name of the printer (a CUPS queue on Linux: lpstat -p lists them).</source>
        <translation>Tên máy in (trên Linux là một hàng đợi CUPS: lệnh lpstat -p liệt kê chúng).</translation>
    </message>
    <message>
        <source>Print without entity highlights.</source>
        <translation>In không tô sáng thực thể.</translation>
    </message>
    <message>
        <source>Print the annotations as numbered notes, beside their lines where they fit.</source>
        <translation>In các ghi chú thành ghi chú đánh số, đặt ở lề cạnh dòng của chúng khi vừa chỗ.</translation>
    </message>
    <message>
        <source>With --annotations: print every note at the end, none in the margin.</source>
        <translation>Cùng --annotations: in mọi ghi chú ở cuối bài, không in ở lề.</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>Khổ giấy: A4 (mặc định) hoặc Letter.</translation>
    </message>
    <message>
        <source>Print in gray levels only.</source>
        <translation>Chỉ in thang độ xám.</translation>
    </message>
    <message>
        <source>Review database the annotations come from (default: the one in Preferences).</source>
        <translation>Cơ sở dữ liệu duyệt bài chứa các ghi chú (mặc định: cơ sở dữ liệu đặt trong Tùy chọn).</translation>
    </message>
    <message>
        <source>give exactly one file (usage: lectern print FILE --printer NAME)</source>
        <translation>hãy cho đúng một tệp (cách dùng: lectern print TỆP --printer TÊN)</translation>
    </message>
    <message>
        <source>no printer given (--printer NAME; lpstat -p lists the printers)</source>
        <translation>chưa chọn máy in (--printer TÊN; lệnh lpstat -p liệt kê các máy in)</translation>
    </message>
    <message>
        <source>--paper must be A4 or Letter, not “%1”</source>
        <translation>--paper phải là A4 hoặc Letter, không phải “%1”</translation>
    </message>
    <message>
        <source>there is no printer “%1”: no printer is set up on this system</source>
        <translation>không có máy in “%1”: máy này chưa cài đặt máy in nào</translation>
    </message>
    <message>
        <source>there is no printer “%1” (the printers here: %2)</source>
        <translation>không có máy in “%1” (các máy in ở đây: %2)</translation>
    </message>
    <message>
        <source>the review database %1 cannot be opened: %2</source>
        <translation>không mở được cơ sở dữ liệu duyệt bài %1: %2</translation>
    </message>
    <message>
        <source>the printer “%1” cannot be used</source>
        <translation>không dùng được máy in “%1”</translation>
    </message>
    <message>
        <source>%1 -&gt; printer %2 (1 page)</source>
        <translation>%1 -&gt; máy in %2 (1 trang)</translation>
    </message>
    <message>
        <source>%1 -&gt; printer %2 (%3 pages)</source>
        <translation>%1 -&gt; máy in %2 (%3 trang)</translation>
    </message>
    <message>
        <source>no QR code: %1</source>
        <translation>không có mã QR: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::QrVerb</name>
    <message>
        <source>Write the QR code of an article (its URL, or a citation with its content hash) or of a given payload, as PNG or SVG.</source>
        <translation>Xuất mã QR của một bài viết (URL của bài, hoặc trích dẫn kèm mã băm nội dung) hoặc của một nội dung cho trước, dưới dạng PNG hoặc SVG.</translation>
    </message>
    <message>
        <source>Article file (text, HTML, Markdown).</source>
        <translation>Tệp bài viết (văn bản, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Output file: .png or .svg.</source>
        <translation>Tệp đầu ra: .png hoặc .svg.</translation>
    </message>
    <message>
        <source>Encode this text instead of the article&apos;s payload.</source>
        <translation>Mã hóa văn bản này thay cho nội dung của bài viết.</translation>
    </message>
    <message>
        <source>Error correction: L, M, Q or H (default M).</source>
        <translation>Mức sửa lỗi: L, M, Q hoặc H (mặc định M).</translation>
    </message>
    <message>
        <source>Image side in pixels (default 400).</source>
        <translation>Cạnh ảnh tính bằng pixel (mặc định 400).</translation>
    </message>
    <message>
        <source>one article at a time (usage: lectern qr FILE -o OUT.png|OUT.svg)</source>
        <translation>mỗi lần chỉ một bài viết (cách dùng: lectern qr FILE -o OUT.png|OUT.svg)</translation>
    </message>
    <message>
        <source>no file given (usage: lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT])</source>
        <translation>chưa chỉ định tệp (cách dùng: lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT])</translation>
    </message>
    <message>
        <source>no output given (-o OUT.png or -o OUT.svg)</source>
        <translation>chưa chỉ định đầu ra (-o OUT.png hoặc -o OUT.svg)</translation>
    </message>
    <message>
        <source>%1: the output must end in .png or .svg</source>
        <translation>%1: đầu ra phải có đuôi .png hoặc .svg</translation>
    </message>
    <message>
        <source>--ecc must be L, M, Q or H, not &apos;%1&apos;</source>
        <translation>--ecc phải là L, M, Q hoặc H, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size must be a number of pixels from 21 to 20000, not &apos;%1&apos;</source>
        <translation>--size phải là số pixel từ 21 đến 20000, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: không ghi được: %2</translation>
    </message>
    <message>
        <source>lectern qr: %1 (%2 × %2 modules, ECC %3)</source>
        <translation>lectern qr: %1 (%2 × %2 mô-đun, ECC %3)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::ServerVerb</name>
    <message>
        <source>Set up a PostgreSQL team server for shared review: its schema, roles and who has which role.</source>
        <translation>Thiết lập máy chủ nhóm PostgreSQL để duyệt bài chung: lược đồ, các vai trò và ai giữ vai trò nào.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database[?sslmode=…].</source>
        <translation>Máy chủ nhóm: postgresql://người-dùng@máy:cổng/cơ-sở-dữ-liệu[?sslmode=…].</translation>
    </message>
    <message>
        <source>usage: lectern server init|grant … --db postgresql://… (see --help)</source>
        <translation>cách dùng: lectern server init|grant … --db postgresql://… (xem --help)</translation>
    </message>
    <message>
        <source>--db postgresql://user@host:port/database is required</source>
        <translation>cần có --db postgresql://người-dùng@máy:cổng/cơ-sở-dữ-liệu</translation>
    </message>
    <message>
        <source>usage: lectern server init --db postgresql://…</source>
        <translation>cách dùng: lectern server init --db postgresql://…</translation>
    </message>
    <message>
        <source>the team server&apos;s review schema is current (version %1)</source>
        <translation>lược đồ duyệt bài của máy chủ nhóm đã mới nhất (phiên bản %1)</translation>
    </message>
    <message>
        <source>created the review schema (version %1) and the roles reviewer, editor and admin</source>
        <translation>đã tạo lược đồ duyệt bài (phiên bản %1) và các vai trò reviewer, editor, admin</translation>
    </message>
    <message>
        <source>updated the review schema from version %1 to %2</source>
        <translation>đã cập nhật lược đồ duyệt bài từ phiên bản %1 lên %2</translation>
    </message>
    <message>
        <source>usage: lectern server grant USER reviewer|editor|admin --db postgresql://…</source>
        <translation>cách dùng: lectern server grant NGƯỜI-DÙNG reviewer|editor|admin --db postgresql://…</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (reviewer, editor, admin)</source>
        <translation>vai trò không rõ &apos;%1&apos; (reviewer, editor, admin)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 giờ là %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationCommand</name>
    <message>
        <source>Entity Correction: %1</source>
        <translation>Sửa thực thể: %1</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Sửa bình luận</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Xử lý xong bình luận</translation>
    </message>
    <message>
        <source>Mark Comment Won&apos;t Fix</source>
        <translation>Đánh dấu bình luận sẽ không sửa</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Mở lại bình luận</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Delete Entity Correction</source>
        <translation>Xóa sửa thực thể</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Xóa bình luận</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationModel</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Không sửa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationStore</name>
    <message>
        <source>The connection to the team server %1 was lost: nothing of this change was saved.</source>
        <translation>Mất kết nối tới máy chủ nhóm %1: thay đổi này chưa được lưu chút nào.</translation>
    </message>
    <message>
        <source>The team server %1 refused the change: your role may not change this (reviewers change only their own comments and replies; editors also others&apos; comments and the review state).</source>
        <translation>Máy chủ nhóm %1 từ chối thay đổi: vai trò của bạn không được sửa mục này (người duyệt chỉ sửa bình luận và trả lời của chính mình; biên tập viên sửa được cả bình luận của người khác và trạng thái duyệt).</translation>
    </message>
    <message>
        <source>Someone else changed this comment on the team server first (version %1, yours was based on %2): nothing was overwritten; both versions are kept.</source>
        <translation>Người khác đã sửa bình luận này trên máy chủ nhóm trước (phiên bản %1, bản của bạn dựa trên %2): không có gì bị ghi đè; cả hai phiên bản đều được giữ.</translation>
    </message>
    <message>
        <source>Someone else changed the review state on the team server first: nothing was overwritten.</source>
        <translation>Người khác đã đổi trạng thái duyệt trên máy chủ nhóm trước: không có gì bị ghi đè.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ArticleImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Đây là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Lectern opens articles up to %2 MB.</source>
        <translation>Tệp nặng %1 MB; Lectern chỉ mở bài viết tối đa %2 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Không đọc được tệp: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Lectern opens.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa Lectern mở được.</translation>
    </message>
    <message>
        <source>The file contains only white space.</source>
        <translation>Tệp chỉ chứa khoảng trắng.</translation>
    </message>
    <message>
        <source>The file has %1 lines; Lectern opens articles of up to %2 lines.</source>
        <translation>Tệp có %1 dòng; Lectern chỉ mở bài viết tối đa %2 dòng.</translation>
    </message>
    <message>
        <source>The page has %1 HTML elements; Lectern opens pages of up to %2.</source>
        <translation>Trang có %1 phần tử HTML; Lectern chỉ mở trang có tối đa %2 phần tử.</translation>
    </message>
    <message>
        <source>The file has no article text.</source>
        <translation>Tệp không có nội dung bài viết.</translation>
    </message>
    <message>
        <source>No file was named.</source>
        <translation>Chưa nêu tên tệp nào.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, device or socket), so it is not read.</source>
        <translation>Đây không phải là một tệp thông thường (mà là ống dẫn, thiết bị hoặc socket), nên không được đọc.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::Database</name>
    <message>
        <source>A statement on the database %1 failed: %2</source>
        <translation>Một câu lệnh trên cơ sở dữ liệu %1 bị lỗi: %2</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>không có giao dịch nào để ghi</translation>
    </message>
    <message>
        <source>Cannot read the schema versions of the database %1: %2</source>
        <translation>Không đọc được các phiên bản lược đồ của cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1 for schema versions: %2</source>
        <translation>Không chuẩn bị được cơ sở dữ liệu %1 cho việc ghi phiên bản lược đồ: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lectern: its “%2” tables are at version %3, this version knows up to %4.</source>
        <translation>Cơ sở dữ liệu %1 do một phiên bản Lectern mới hơn ghi: các bảng “%2” ở phiên bản %3, phiên bản này chỉ biết đến %4.</translation>
    </message>
    <message>
        <source>Cannot record the schema versions of the database %1: %2</source>
        <translation>Không ghi được các phiên bản lược đồ của cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: step %2 of the “%3” tables (%4) failed, nothing of it was applied: %5</source>
        <translation>Không cập nhật được cơ sở dữ liệu %1: bước %2 của các bảng “%3” (%4) bị lỗi, không phần nào của bước này được áp dụng: %5</translation>
    </message>
    <message>
        <source>Internal error: the schema steps of “%1” are not numbered 1 to %2.</source>
        <translation>Lỗi nội bộ: các bước lược đồ của “%1” không được đánh số từ 1 đến %2.</translation>
    </message>
    <message>
        <source>The database %1 holds version %2 of the “%3” tables and this Lectern needs version %4: open it once with write access to update it.</source>
        <translation>Cơ sở dữ liệu %1 có các bảng “%3” ở phiên bản %2, còn Lectern này cần phiên bản %4: hãy mở nó một lần với quyền ghi để cập nhật.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Không mở được cơ sở dữ liệu %1: chưa cài trình điều khiển SQLite của Qt (QSQLITE).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file does not exist.</source>
        <translation>Không mở được cơ sở dữ liệu %1: tệp không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>đây không phải là cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the version of the database %1.</source>
        <translation>Không đọc được phiên bản của cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its table of schema versions is missing.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng: thiếu bảng phiên bản lược đồ.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lectern (storage format %2, unknown to this version).</source>
        <translation>Cơ sở dữ liệu %1 do một phiên bản Lectern mới hơn ghi (định dạng lưu trữ %2, phiên bản này không biết).</translation>
    </message>
    <message>
        <source>%1: unknown kind of database.</source>
        <translation>%1: loại cơ sở dữ liệu không rõ.</translation>
    </message>
    <message>
        <source>The team server %1 has a newer schema than this Lectern understands: its “%2” tables are at version %3, this version knows up to %4. Update Lectern to work on it.</source>
        <translation>Máy chủ nhóm %1 có lược đồ mới hơn mức phiên bản Lectern này hiểu: các bảng “%2” ở phiên bản %3, phiên bản này chỉ biết tới %4. Hãy cập nhật Lectern để làm việc trên máy chủ này.</translation>
    </message>
    <message>
        <source>The team server %1 holds no “%2” tables: that part of Lectern is not kept on team servers (use a local database file for it).</source>
        <translation>Máy chủ nhóm %1 không chứa bảng “%2”: phần này của Lectern không được lưu trên máy chủ nhóm (hãy dùng tệp cơ sở dữ liệu cục bộ cho nó).</translation>
    </message>
    <message>
        <source>The team server %1 has no Lectern tables yet: an administrator must run “lectern server init --db %1” first.</source>
        <translation>Máy chủ nhóm %1 chưa có bảng nào của Lectern: quản trị viên cần chạy “lectern server init --db %1” trước.</translation>
    </message>
    <message>
        <source>The team server %1 has an older schema: its “%2” tables are at version %3 and this Lectern needs version %4. Nothing was changed; an administrator must run “lectern server init --db %1” to update it.</source>
        <translation>Máy chủ nhóm %1 có lược đồ cũ hơn: các bảng “%2” ở phiên bản %3 còn Lectern này cần phiên bản %4. Không có gì bị thay đổi; quản trị viên cần chạy “lectern server init --db %1” để cập nhật.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Không kết nối được máy chủ nhóm %1: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL) (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write it as postgresql://user@host:port/database.</source>
        <translation>Địa chỉ PostgreSQL %1 không nêu cơ sở dữ liệu: hãy viết dạng postgresql://người-dùng@máy:cổng/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has the option “%2”, which Lectern does not pass on (known: host, %3).</source>
        <translation>Địa chỉ PostgreSQL %1 có tùy chọn “%2” mà Lectern không chuyển tiếp (các tùy chọn biết: host, %3).</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has a “;” in the option “%2”.</source>
        <translation>Địa chỉ PostgreSQL %1 có dấu “;” trong tùy chọn “%2”.</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(tên đăng nhập của bạn)</translation>
    </message>
    <message>
        <source>The team server %1 refused the password of the user %2: put the right one in ~/.pgpass or PGPASSWORD (Lectern never stores it).</source>
        <translation>Máy chủ nhóm %1 từ chối mật khẩu của người dùng %2: hãy ghi mật khẩu đúng vào ~/.pgpass hoặc PGPASSWORD (Lectern không bao giờ lưu mật khẩu).</translation>
    </message>
    <message>
        <source>The team server %1 has no user %2: ask its administrator for an account.</source>
        <translation>Máy chủ nhóm %1 không có người dùng %2: hãy xin quản trị viên cấp tài khoản.</translation>
    </message>
    <message>
        <source>The team server %1 has no database “%2”: check the address, or ask its administrator to create it and run “lectern server init”.</source>
        <translation>Máy chủ nhóm %1 không có cơ sở dữ liệu “%2”: hãy kiểm tra địa chỉ, hoặc nhờ quản trị viên tạo nó và chạy “lectern server init”.</translation>
    </message>
    <message>
        <source>The team server %1 does not let the user %2 connect to the database “%3”: ask its administrator for access.</source>
        <translation>Máy chủ nhóm %1 không cho người dùng %2 kết nối tới cơ sở dữ liệu “%3”: hãy xin quản trị viên cấp quyền.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the team server %1 failed: check the sslmode of the address and the server&apos;s certificate.</source>
        <translation>Kết nối bảo mật (TLS) tới máy chủ nhóm %1 thất bại: hãy kiểm tra sslmode của địa chỉ và chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it may be stopped or restarting, or the network or the address may be wrong.</source>
        <translation>Không liên lạc được máy chủ nhóm %1: máy chủ có thể đang dừng hoặc khởi động lại, hoặc mạng hay địa chỉ bị sai.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Chưa chỉ định cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is not a file address.</source>
        <translation>“%1” không phải là địa chỉ tệp.</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address.</source>
        <translation>“%1” không phải là tệp, cũng không phải địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>“%1” không phải là địa chỉ PostgreSQL hợp lệ: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password: leave it out and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Địa chỉ PostgreSQL có chứa mật khẩu: hãy bỏ mật khẩu ra và đặt nó trong ~/.pgpass hoặc PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DatabaseNotifier</name>
    <message>
        <source>No database to listen to.</source>
        <translation>Không có cơ sở dữ liệu để theo dõi.</translation>
    </message>
    <message>
        <source>The database %1 does not announce changes.</source>
        <translation>Cơ sở dữ liệu %1 không thông báo các thay đổi.</translation>
    </message>
    <message>
        <source>Cannot listen to the changes on %1.</source>
        <translation>Không theo dõi được các thay đổi trên %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DocxReader</name>
    <message>
        <source>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</source>
        <translation>Tài liệu có hơn %1 đoạn; Lectern mở bài viết có tối đa %1 đoạn.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not a Word document (it has no %1).</source>
        <translation>Tệp là một kho ZIP nhưng không phải tài liệu Word (không có %1).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::EntityCorrection</name>
    <message>
        <source>person</source>
        <translation>nhân vật</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>Reject figure “%1”</source>
        <translation>Bác bỏ số liệu “%1”</translation>
    </message>
    <message>
        <source>Verify figure “%1”</source>
        <translation>Xác nhận số liệu “%1”</translation>
    </message>
    <message>
        <source>Add missed figure “%1”</source>
        <translation>Thêm số liệu bị bỏ sót “%1”</translation>
    </message>
    <message>
        <source>Reject %1 “%2”</source>
        <translation>Bác bỏ %1 “%2”</translation>
    </message>
    <message>
        <source>Change “%1” from %2 to %3</source>
        <translation>Đổi “%1” từ %2 sang %3</translation>
    </message>
    <message>
        <source>Rename %1 “%2” to “%3”</source>
        <translation>Đổi tên %1 “%2” thành “%3”</translation>
    </message>
    <message>
        <source>Merge “%1” into %2 “%3”</source>
        <translation>Gộp “%1” vào %2 “%3”</translation>
    </message>
    <message>
        <source>Split “%1” off %2 “%3”</source>
        <translation>Tách “%1” khỏi %2 “%3”</translation>
    </message>
    <message>
        <source>Verify %1 “%2”</source>
        <translation>Xác nhận %1 “%2”</translation>
    </message>
    <message>
        <source>Add missed %1 “%2”</source>
        <translation>Thêm %1 bị bỏ sót “%2”</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::EntityListModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Cách viết khác</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Số lần nhắc</translation>
    </message>
    <message>
        <source>Verified by an editor</source>
        <translation>Đã được biên tập viên xác minh</translation>
    </message>
    <message>
        <source>The name mixes alphabets (a foreign letter that looks Latin): it may imitate another name.</source>
        <translation>Tên này trộn lẫn các bảng chữ cái (có một chữ cái nước ngoài trông như chữ Latinh): có thể nó giả một tên khác.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::HtmlImporter</name>
    <message>
        <source>The page is too large.</source>
        <translation>Trang quá lớn.</translation>
    </message>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation>Không đọc được trang dưới dạng HTML.</translation>
    </message>
    <message>
        <source>The page holds no article text.</source>
        <translation>Trang không có nội dung bài viết.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ImportFormats</name>
    <message>
        <source>Text files</source>
        <translation>Tệp văn bản</translation>
    </message>
    <message>
        <source>HTML pages</source>
        <translation>Trang HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Tài liệu Word</translation>
    </message>
    <message>
        <source>OpenDocument texts</source>
        <translation>Văn bản OpenDocument</translation>
    </message>
    <message>
        <source>Articles and reviews (%1)</source>
        <translation>Bài viết và bản duyệt (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Bài viết (%1)</translation>
    </message>
    <message>
        <source>Lectern reviews (%1)</source>
        <translation>Bản duyệt Lectern (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::JsonGuard</name>
    <message>
        <source>The file is too large (%1 bytes; the limit is %2).</source>
        <translation>Tệp quá lớn (%1 byte; giới hạn là %2).</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON lồng nhau sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Tệp không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <source>The file holds neither a JSON object nor an array.</source>
        <translation>Tệp không chứa đối tượng hay mảng JSON nào.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::LibraryListModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Ghi chú đang mở</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Đoạn khớp</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::MarkdownImporter</name>
    <message>
        <source>The file contains no article text.</source>
        <translation>Tệp không chứa nội dung bài viết.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::MetricModel</name>
    <message>
        <source>count</source>
        <translation>số đếm</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>phần trăm</translation>
    </message>
    <message>
        <source>money</source>
        <translation>tiền</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ lệ</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>đại lượng</translation>
    </message>
    <message>
        <source>Consistent: %1</source>
        <translation>Khớp: %1</translation>
    </message>
    <message>
        <source>Inconsistent: %1</source>
        <translation>Không khớp: %1</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>kiểm tra không đạt</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>khớp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Từ hạn định</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Verified by an editor</source>
        <translation>Đã được biên tập viên xác minh</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OdtReader</name>
    <message>
        <source>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</source>
        <translation>Tài liệu có hơn %1 đoạn; Lectern mở bài viết có tối đa %1 đoạn.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OpenDocument text (it has no content.xml).</source>
        <translation>Tệp là một kho ZIP nhưng không phải văn bản OpenDocument (không có content.xml).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeImporter</name>
    <message>
        <source>The document is encrypted (password-protected); save it without a password and open it again.</source>
        <translation>Tài liệu đã được mã hoá (có mật khẩu); hãy lưu lại không đặt mật khẩu rồi mở lại.</translation>
    </message>
    <message>
        <source>The file is an old Word 97–2003 document (.doc) or another Office binary file, not a .docx: save it as .docx or .odt in Word or LibreOffice and open that.</source>
        <translation>Tệp là tài liệu Word 97–2003 cũ (.doc) hoặc một tệp nhị phân Office khác, không phải .docx: hãy lưu thành .docx hoặc .odt trong Word hoặc LibreOffice rồi mở tệp đó.</translation>
    </message>
    <message>
        <source>The file is not a Word (.docx) or OpenDocument (.odt) document: it is not a ZIP package.</source>
        <translation>Tệp không phải tài liệu Word (.docx) hay OpenDocument (.odt): nó không phải một gói ZIP.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a text document.</source>
        <translation>Tệp là một tệp OpenDocument loại khác (%1), không phải văn bản.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not a Word (.docx) or OpenDocument (.odt) document.</source>
        <translation>Tệp là một kho ZIP, không phải tài liệu Word (.docx) hay OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>Tracked changes: %1 insertions accepted, %2 deletions dropped.</source>
        <translation>Theo dõi thay đổi: đã chấp nhận %1 chỗ chèn, bỏ %2 chỗ xoá.</translation>
    </message>
    <message numerus="yes">
        <source>The document links to %n outside resources (images, templates or pages); Lectern did not fetch them.</source>
        <translation>
            <numerusform>Tài liệu liên kết tới %n tài nguyên bên ngoài (ảnh, mẫu hoặc trang); Lectern không tải chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>Tài liệu không có chữ.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeReviewExport</name>
    <message>
        <source>The draft is a Word document (.docx): export its review as docx.</source>
        <translation>Bản thảo là tài liệu Word (.docx): hãy xuất bản duyệt dạng docx.</translation>
    </message>
    <message>
        <source>The draft is an OpenDocument text (.odt): export its review as odt.</source>
        <translation>Bản thảo là văn bản OpenDocument (.odt): hãy xuất bản duyệt dạng odt.</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>Tài liệu không có chữ.</translation>
    </message>
    <message>
        <source>(Not found in this version of the text: “%1”)</source>
        <translation>(Không tìm thấy trong phiên bản này của văn bản: “%1”)</translation>
    </message>
    <message>
        <source>Entity correction: %1</source>
        <translation>Sửa thực thể: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>không sửa</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Tags: %1 · Status: %2</source>
        <translation>Nhãn: %1 · Trạng thái: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeXmlCursor</name>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation>Tài liệu lồng nhau sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <source>The document has more than %1 XML elements.</source>
        <translation>Tài liệu có hơn %1 phần tử XML.</translation>
    </message>
    <message>
        <source>The document declares a DTD or entities, which Office documents never do.</source>
        <translation>Tài liệu khai báo DTD hoặc thực thể, điều mà tài liệu Office không bao giờ làm.</translation>
    </message>
    <message>
        <source>The document&apos;s XML is damaged (%1).</source>
        <translation>XML của tài liệu bị hỏng (%1).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PastedArticle</name>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Bộ nhớ tạm không có văn bản.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MB; Lectern opens articles up to %1 MB.</source>
        <translation>Bộ nhớ tạm chứa hơn %1 MB; Lectern mở bài viết tối đa %1 MB.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PdfExporter</name>
    <message>
        <source>The PDF cannot be written: %1.</source>
        <translation>Không ghi được tệp PDF: %1.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved: %1.</source>
        <translation>Không lưu được tệp PDF: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PdfImporter</name>
    <message>
        <source>The file has a .pdf name but is not a PDF document.</source>
        <translation>Tệp có đuôi .pdf nhưng không phải là tài liệu PDF.</translation>
    </message>
    <message>
        <source>The file is a PDF document that is damaged or incomplete; Lectern cannot read it.</source>
        <translation>Tệp là một tài liệu PDF bị hỏng hoặc không đầy đủ; Lectern không đọc được.</translation>
    </message>
    <message>
        <source>The PDF document is protected by a password; Lectern opens only PDFs that are not encrypted.</source>
        <translation>Tài liệu PDF được bảo vệ bằng mật khẩu; Lectern chỉ mở các tệp PDF không mã hóa.</translation>
    </message>
    <message>
        <source>The PDF document has no pages.</source>
        <translation>Tài liệu PDF không có trang nào.</translation>
    </message>
    <message>
        <source>The PDF document has %1 pages; Lectern opens documents of up to %2 pages.</source>
        <translation>Tài liệu PDF có %1 trang; Lectern mở tài liệu tối đa %2 trang.</translation>
    </message>
    <message>
        <source>Reading the text of the PDF document took longer than %1 seconds; Lectern stopped.</source>
        <translation>Việc đọc văn bản của tài liệu PDF mất hơn %1 giây; Lectern đã dừng.</translation>
    </message>
    <message>
        <source>The PDF document has more than %1 characters of text; Lectern opens articles of up to %1.</source>
        <translation>Tài liệu PDF có hơn %1 ký tự văn bản; Lectern mở bài viết tối đa %1 ký tự.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF document has no text layer: its %n page(s) look like scanned images. Lectern reads the text of a PDF; run text recognition (OCR) on it first.</source>
        <translation>
            <numerusform>Tài liệu PDF không có lớp văn bản: %n trang của nó giống ảnh quét. Lectern đọc phần văn bản của PDF; hãy nhận dạng chữ (OCR) cho tài liệu trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF document has no article text.</source>
        <translation>Tài liệu PDF không có nội dung bài viết.</translation>
    </message>
    <message numerus="yes">
        <source>PDF page(s) %1 have no text layer (scanned images?) and were left out.</source>
        <translation>
            <numerusform>Trang PDF %1 không có lớp văn bản (ảnh quét?) nên đã được bỏ qua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running header, footer or page number line(s) of the PDF removed.</source>
        <translation>
            <numerusform>Đã bỏ %n dòng đầu trang, chân trang hoặc số trang lặp lại của PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PlainTextImporter</name>
    <message>
        <source>The file contains only white space.</source>
        <translation>Tệp chỉ chứa khoảng trắng.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PortalTextImporter</name>
    <message>
        <source>The file contains only white space.</source>
        <translation>Tệp chỉ chứa khoảng trắng.</translation>
    </message>
    <message>
        <source>The file holds only portal chrome (menus, dates, footer) and no article text.</source>
        <translation>Tệp chỉ có phần khung của cổng thông tin (trình đơn, ngày tháng, chân trang), không có nội dung bài viết.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PrintAppendix</name>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>money</source>
        <translation>tiền</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ số</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>đại lượng</translation>
    </message>
    <message>
        <source>Index of names and figures</source>
        <translation>Chỉ mục tên và số liệu</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n lần nhắc đến</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>còn gọi: %1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Check failed:</source>
        <translation>Kiểm tra không khớp:</translation>
    </message>
    <message>
        <source>No names or figures were found in this article.</source>
        <translation>Không tìm thấy tên hay số liệu nào trong bài này.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PrintRenderer</name>
    <message>
        <source>Highlights:</source>
        <translation>Tô sáng:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>nhân vật</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>số liệu</translation>
    </message>
    <message>
        <source>There is no device to print on.</source>
        <translation>Không có thiết bị để in.</translation>
    </message>
    <message>
        <source>The printout could not be started: the printer or file cannot be painted on.</source>
        <translation>Không thể bắt đầu in: không vẽ được lên máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>Printed %1 with Lectern</source>
        <translation>In lúc %1 bằng Lectern</translation>
    </message>
    <message>
        <source>The printout stopped at page %1: the device refused a new page.</source>
        <translation>Bản in dừng ở trang %1: thiết bị không nhận trang mới.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>QR: %1</source>
        <translation>QR: %1</translation>
    </message>
    <message>
        <source>The printout could not be finished: the device reported an error.</source>
        <translation>Không thể hoàn tất bản in: thiết bị báo lỗi.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::QrEncoder</name>
    <message>
        <source>The QR code payload is empty.</source>
        <translation>Nội dung mã QR trống.</translation>
    </message>
    <message>
        <source>The QR code payload contains a NUL character.</source>
        <translation>Nội dung mã QR chứa ký tự NUL.</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chữ số</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>ký tự</translation>
    </message>
    <message>
        <source>bytes of UTF-8</source>
        <translation>byte UTF-8</translation>
    </message>
    <message>
        <source>The payload is too long for a QR code: it is %1 %2, and at error-correction level %3 a QR code holds at most %4 %2.</source>
        <translation>Nội dung quá dài cho một mã QR: dài %1 %2, trong khi ở mức sửa lỗi %3 một mã QR chứa tối đa %4 %2.</translation>
    </message>
    <message>
        <source>The QR code could not be encoded: %1.</source>
        <translation>Không mã hóa được mã QR: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewJournal</name>
    <message>
        <source>The offline journal %1 cannot be used: %2</source>
        <translation>Không dùng được nhật ký ngoại tuyến %1: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewServer</name>
    <message>
        <source>%1 is not a team server: give its postgresql://user@host:port/database address.</source>
        <translation>%1 không phải máy chủ nhóm: hãy cho địa chỉ dạng postgresql://người-dùng@máy:cổng/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <source>Cannot read the users of the team server %1 (%2).</source>
        <translation>Không đọc được danh sách người dùng của máy chủ nhóm %1 (%2).</translation>
    </message>
    <message>
        <source>The team server %1 has no user “%2” who may log in: create it first (for example with createuser, or CREATE ROLE … LOGIN).</source>
        <translation>Máy chủ nhóm %1 không có người dùng “%2” được phép đăng nhập: hãy tạo trước (ví dụ bằng createuser, hoặc CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>The team server %1 does not let you give roles: connect as its administrator (%2).</source>
        <translation>Máy chủ nhóm %1 không cho bạn cấp vai trò: hãy kết nối với tư cách quản trị viên (%2).</translation>
    </message>
    <message>
        <source>Cannot give the role on the team server %1 (%2).</source>
        <translation>Không cấp được vai trò trên máy chủ nhóm %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewSession</name>
    <message>
        <source>Re-attach Comment</source>
        <translation>Gắn lại bình luận</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <source>The file is a %1, not an article in text, HTML or Markdown.</source>
        <translation>Tệp là %1, không phải bài viết dạng văn bản, HTML hay Markdown.</translation>
    </message>
    <message>
        <source>The file is binary (it contains NUL characters), not text.</source>
        <translation>Tệp nhị phân (chứa ký tự NUL), không phải văn bản.</translation>
    </message>
    <message>
        <source>Some bytes are not valid UTF-16 and were replaced with �.</source>
        <translation>Một số byte không hợp lệ theo UTF-16 và đã được thay bằng �.</translation>
    </message>
    <message>
        <source>The file is binary (it contains NUL bytes), not text.</source>
        <translation>Tệp nhị phân (chứa byte NUL), không phải văn bản.</translation>
    </message>
    <message>
        <source>The text could not be decoded as Windows-1258.</source>
        <translation>Không giải mã được văn bản theo bảng mã Windows-1258.</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8: %n invalid byte(s) were replaced with �.</source>
        <translation>
            <numerusform>Tệp không phải UTF-8 hợp lệ: %n byte không hợp lệ đã được thay bằng �.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is binary (it contains control characters), not text.</source>
        <translation>Tệp nhị phân (chứa ký tự điều khiển), không phải văn bản.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::WebAnnotationJson</name>
    <message>
        <source>an annotation&apos;s id is not an IRI</source>
        <translation>id của ghi chú không phải là một IRI</translation>
    </message>
    <message>
        <source>unknown annotation kind “%1”</source>
        <translation>loại ghi chú không rõ “%1”</translation>
    </message>
    <message>
        <source>the annotation has no text selector: it has no target</source>
        <translation>ghi chú không có bộ chọn văn bản: nó không có đích (target)</translation>
    </message>
    <message>
        <source>the target has no text selector (TextQuoteSelector or TextPositionSelector)</source>
        <translation>đích không có bộ chọn văn bản (TextQuoteSelector hoặc TextPositionSelector)</translation>
    </message>
    <message>
        <source>the target has no selector Lectern can anchor in the text (%1)</source>
        <translation>đích không có bộ chọn nào Lectern neo được vào văn bản (%1)</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>trạng thái không rõ “%1”</translation>
    </message>
    <message>
        <source>an entity correction is malformed</source>
        <translation>một sửa thực thể bị sai định dạng</translation>
    </message>
    <message>
        <source>The file is not a W3C Web Annotation collection.</source>
        <translation>Tệp không phải là bộ sưu tập W3C Web Annotation.</translation>
    </message>
    <message>
        <source>The file holds too many annotations (%1; the limit is %2).</source>
        <translation>Tệp chứa quá nhiều ghi chú (%1; giới hạn là %2).</translation>
    </message>
    <message>
        <source>Annotation %1 cannot be read: %2.</source>
        <translation>Không đọc được ghi chú %1: %2.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>nó không phải là đối tượng JSON</translation>
    </message>
    <message>
        <source>a TextPositionSelector has invalid offsets</source>
        <translation>một TextPositionSelector có vị trí không hợp lệ</translation>
    </message>
    <message>
        <source>a RangeSelector ends before it starts</source>
        <translation>một RangeSelector kết thúc trước khi bắt đầu</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ZipPackage</name>
    <message>
        <source>The archive cannot be read.</source>
        <translation>Không đọc được kho nén.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation>Tệp không phải kho ZIP.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged (truncated or inconsistent).</source>
        <translation>Kho ZIP bị hỏng (bị cắt cụt hoặc không nhất quán).</translation>
    </message>
    <message>
        <source>The archive has %1 parts; Lectern opens documents of up to %2.</source>
        <translation>Kho nén có %1 phần; Lectern mở tài liệu có tối đa %2 phần.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>Kho nén chưa được mở.</translation>
    </message>
    <message>
        <source>The document has no part “%1”.</source>
        <translation>Tài liệu không có phần “%1”.</translation>
    </message>
    <message>
        <source>The document is encrypted (password-protected); save it without a password and open it again.</source>
        <translation>Tài liệu đã được mã hoá (có mật khẩu); hãy lưu lại không đặt mật khẩu rồi mở lại.</translation>
    </message>
    <message>
        <source>The part “%1” is larger than %2 MB uncompressed (a ZIP bomb?); Lectern does not read it.</source>
        <translation>Phần “%1” lớn hơn %2 MB khi giải nén (bom ZIP?); Lectern không đọc nó.</translation>
    </message>
    <message>
        <source>The document&apos;s parts add up to more than %1 MB uncompressed (a ZIP bomb?).</source>
        <translation>Các phần của tài liệu cộng lại hơn %1 MB khi giải nén (bom ZIP?).</translation>
    </message>
    <message>
        <source>The part “%1” uses a compression method Lectern cannot read.</source>
        <translation>Phần “%1” dùng cách nén mà Lectern không đọc được.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be read: the archive is damaged.</source>
        <translation>Không đọc được phần “%1”: kho nén bị hỏng.</translation>
    </message>
    <message>
        <source>The archive cannot be created.</source>
        <translation>Không tạo được kho nén.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>Không ghi được kho nén.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::AnnotationDialog</name>
    <message>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Bình luận:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Các thẻ khác, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Trả lời:</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Viết trả lời</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::AnnotationsPanel</name>
    <message>
        <source>Open: %1 · Resolved: %2 · Won&apos;t fix: %3</source>
        <translation>Đang mở: %1 · Đã xử lý: %2 · Không sửa: %3</translation>
    </message>
    <message>
        <source>Orphans (%1): text no longer in the article</source>
        <translation>Mất liên kết (%1): đoạn văn không còn trong bài viết</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tất cả thẻ</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tất cả người viết</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Xử lý xong</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Lọc bình luận</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Gắn lại vào vùng chọn</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ArticleInfoPanel</name>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Ngày đăng:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Photographers:</source>
        <translation>Người chụp ảnh:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Content hash:</source>
        <translation>Mã băm nội dung:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Article information</source>
        <translation>Thông tin bài viết</translation>
    </message>
    <message>
        <source>Import notes:</source>
        <translation>Ghi chú khi nhập:</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Open the folder that holds the article&apos;s file</source>
        <translation>Mở thư mục chứa tệp của bài viết</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Chép đường dẫn</translation>
    </message>
    <message>
        <source>Copy the file&apos;s full path to the clipboard</source>
        <translation>Chép đường dẫn đầy đủ của tệp vào bộ nhớ tạm</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Nội dung bài viết</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n lần nhắc đến</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsure (confidence %1%): check this name.</source>
        <translation>Chưa chắc chắn (độ tin cậy %1%): hãy kiểm tra tên này.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>không sửa</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::BatchImportDialog</name>
    <message>
        <source>Import into the Library</source>
        <translation>Nhập vào thư viện</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Hủy nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Nhập một thư mục</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n tệp cần nhập</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 failed</source>
        <translation>%1 mới thêm, %2 cập nhật, %3 không đổi, %4 lỗi</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>Cancelling: storing the files read so far…</source>
        <translation>Đang hủy: lưu các tệp đã đọc…</translation>
    </message>
    <message>
        <source>%1 articles/s, %2 MB/s</source>
        <translation>%1 bài/giây, %2 MB/giây</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>còn khoảng %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1:%2 left</source>
        <translation>còn khoảng %1:%2</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ClipboardArticle</name>
    <message>
        <source>New Article from Clipboard</source>
        <translation>Bài viết mới từ bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Lectern could not make an article of the clipboard.

%1</source>
        <translation>Lectern không tạo được bài viết từ bộ nhớ tạm.

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::DraftReviewExport</name>
    <message>
        <source>Export Review to &amp;OpenDocument…</source>
        <translation>Xuất bản duyệt vào &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>Export Review to &amp;Word…</source>
        <translation>Xuất bản duyệt vào &amp;Word…</translation>
    </message>
    <message>
        <source>-review</source>
        <comment>file name suffix</comment>
        <translation>-duyet</translation>
    </message>
    <message>
        <source>Export Review to OpenDocument</source>
        <translation>Xuất bản duyệt vào OpenDocument</translation>
    </message>
    <message>
        <source>Export Review to Word</source>
        <translation>Xuất bản duyệt vào Word</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export the review</source>
        <translation>Không xuất được bản duyệt</translation>
    </message>
    <message>
        <source>Lectern could not write “%1”.

%2</source>
        <translation>Lectern không ghi được “%1”.

%2</translation>
    </message>
    <message numerus="yes">
        <source>The review (%n annotation(s)) was written into %1</source>
        <translation>
            <numerusform>Đã ghi bản duyệt (%n ghi chú) vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityCorrectionDialog</name>
    <message>
        <source>Apply to &amp;all articles (remember in the user gazetteer)</source>
        <translation>Áp dụng cho &amp;mọi bài (ghi nhớ trong từ điển riêng)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityCorrectionMenu</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Nhân vật</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Tổ chức</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>Đị&amp;a danh</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Số liệu</translation>
    </message>
    <message>
        <source>Add as &amp;Person…</source>
        <translation>Thêm làm &amp;nhân vật…</translation>
    </message>
    <message>
        <source>Add as &amp;Organization…</source>
        <translation>Thêm làm &amp;tổ chức…</translation>
    </message>
    <message>
        <source>Add as P&amp;lace…</source>
        <translation>Thêm làm đị&amp;a danh…</translation>
    </message>
    <message>
        <source>Add as &amp;Metric</source>
        <translation>Thêm làm &amp;số liệu</translation>
    </message>
    <message>
        <source>&amp;Reject (False Positive)</source>
        <translation>&amp;Loại bỏ (nhận nhầm)</translation>
    </message>
    <message>
        <source>Re&amp;name Canonical Name…</source>
        <translation>Đổi &amp;tên chuẩn…</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Gộp với…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Entries</source>
        <translation>&amp;Gộp các mục đã chọn</translation>
    </message>
    <message>
        <source>&amp;Split Alias Off…</source>
        <translation>&amp;Tách tên gọi khác…</translation>
    </message>
    <message>
        <source>Mark &amp;Verified</source>
        <translation>Đánh dấu đã &amp;xác minh</translation>
    </message>
    <message>
        <source>Apply to &amp;All Articles</source>
        <translation>Áp dụng cho &amp;mọi bài</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entries</source>
        <translation>
            <numerusform>%n mục đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Đổi &amp;loại</translation>
    </message>
    <message>
        <source>Also write one-click corrections to the user gazetteer, for every article opened later</source>
        <translation>Ghi cả các sửa đổi một lần bấm vào từ điển riêng, cho mọi bài mở sau này</translation>
    </message>
    <message>
        <source>&amp;Entity Corrections</source>
        <translation>Sửa &amp;thực thể</translation>
    </message>
    <message>
        <source>The user gazetteer could not be written: %1</source>
        <translation>Không ghi được từ điển riêng: %1</translation>
    </message>
    <message>
        <source>Remembered for all articles: %1</source>
        <translation>Đã ghi nhớ cho mọi bài: %1</translation>
    </message>
    <message>
        <source>Rename Canonical Name</source>
        <translation>Đổi tên chuẩn</translation>
    </message>
    <message>
        <source>New canonical name for “%1” (the old name stays an alias):</source>
        <translation>Tên chuẩn mới cho “%1” (tên cũ được giữ làm tên gọi khác):</translation>
    </message>
    <message>
        <source>Merge Entries</source>
        <translation>Gộp mục</translation>
    </message>
    <message>
        <source>Merge into “%1” (the other entry&apos;s name becomes an alias):</source>
        <translation>Gộp vào “%1” (tên của mục kia thành tên gọi khác):</translation>
    </message>
    <message>
        <source>Split Alias Off</source>
        <translation>Tách tên gọi khác</translation>
    </message>
    <message>
        <source>Make this alias of “%1” an entry of its own:</source>
        <translation>Tách tên gọi khác này của “%1” thành một mục riêng:</translation>
    </message>
    <message>
        <source>Canonical name of the person “%1”:</source>
        <translation>Tên chuẩn của nhân vật “%1”:</translation>
    </message>
    <message>
        <source>Canonical name of the organization “%1”:</source>
        <translation>Tên chuẩn của tổ chức “%1”:</translation>
    </message>
    <message>
        <source>Canonical name of the place “%1”:</source>
        <translation>Tên chuẩn của địa danh “%1”:</translation>
    </message>
    <message>
        <source>Add Missed Entity</source>
        <translation>Thêm thực thể bị bỏ sót</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter (diacritics optional)</source>
        <translation>Lọc (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <source>By appearance</source>
        <translation>Theo thứ tự xuất hiện</translation>
    </message>
    <message>
        <source>By mentions</source>
        <translation>Theo số lần nhắc</translation>
    </message>
    <message>
        <source>Previous mention (Shift+F3)</source>
        <translation>Lần nhắc trước (Shift+F3)</translation>
    </message>
    <message>
        <source>Next mention (F3)</source>
        <translation>Lần nhắc sau (F3)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::FileDrop</name>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>Lectern does not open files of this kind: %1.

It opens %2, and Lectern reviews.</source>
        <translation>Lectern không mở loại tệp này: %1.

Lectern mở được %2 và các bản duyệt Lectern.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Tìm trong bài viết</translation>
    </message>
    <message>
        <source>Ignore &amp;diacritics</source>
        <translation>&amp;Bỏ qua dấu</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kết quả sau (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::LibraryMaintenance</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Không mở được thư viện: %1</translation>
    </message>
    <message>
        <source>Library exported to %1 (%2 articles, %3).</source>
        <translation>Đã xuất thư viện ra %1 (%2 bài, %3).</translation>
    </message>
    <message>
        <source>The library could not be exported: %1</source>
        <translation>Không xuất được thư viện: %1</translation>
    </message>
    <message>
        <source>%1 article(s) added from %2; articles already in the library were kept as they are.</source>
        <translation>Đã thêm %1 bài từ %2; các bài đã có trong thư viện được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message>
        <source>Database compacted: %1 before, %2 now.</source>
        <translation>Đã thu gọn cơ sở dữ liệu: trước %1, nay %2.</translation>
    </message>
    <message>
        <source>The database could not be compacted: %1</source>
        <translation>Không thu gọn được cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::LibraryWindow</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Search titles, text and comments (diacritics optional)</source>
        <translation>Tìm trong tiêu đề, nội dung và bình luận (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>People and Organizations</source>
        <translation>Nhân vật và tổ chức</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Số lần nhắc</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Named as</source>
        <translation>Được gọi là</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tất cả nguồn</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tất cả thẻ</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Không thể mở “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) re-read</source>
        <translation>
            <numerusform>đã đọc lại %n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-reading with the new extractor: %1 of %2</source>
        <translation>Đang đọc lại bằng bộ trích xuất mới: %1 trên %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>còn khoảng %n giây</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Đóng &amp;bài viết</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Xóa danh sách gần đây</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Xem trước khi i&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;QR Code…</source>
        <translation>Xuất mã &amp;QR…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Đã xuất %1 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Tì&amp;m trong bài viết…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Kích thước thật</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Mở bài &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Giới thiệu Lectern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Duyệt bài</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Article Info</source>
        <translation>Thông tin bài viết</translation>
    </message>
    <message>
        <source>Open an article with File &gt; Open, drop a file here, or try Help &gt; Open Sample Article.</source>
        <translation>Mở bài viết bằng Tệp &gt; Mở, thả tệp vào đây, hoặc thử Trợ giúp &gt; Mở bài mẫu.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>The sample article could not be written to %1.</source>
        <translation>Không ghi được bài mẫu vào %1.</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <source>Lectern could not open “%1”.

%2</source>
        <translation>Lectern không mở được “%1”.

%2</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>%1 [%2] — Lectern</source>
        <translation>%1 [%2] — Lectern</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Không có tệp gần đây</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Giới thiệu Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles: people, organizations and figures highlighted, reviewed and printed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Trình đọc và ghi chú bài báo: tô sáng nhân vật, tổ chức và số liệu, duyệt bài và in ấn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Thư &amp;viện</translation>
    </message>
    <message>
        <source>Review database: %1</source>
        <translation>Cơ sở dữ liệu duyệt bài: %1</translation>
    </message>
    <message>
        <source>&amp;New Article from Clipboard</source>
        <translation>Bài viết &amp;mới từ bộ nhớ tạm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the rest of “%1”…</source>
        <translation>Đang đọc phần còn lại của “%1”…</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ModelLearner</name>
    <message>
        <source>Learned model unusable and no corrections to rebuild it from: the bundled model is used; the old file is kept as %1.</source>
        <translation>Mô hình đã học không dùng được và không có sửa đổi nào để dựng lại: dùng mô hình đi kèm; tệp cũ được giữ lại là %1.</translation>
    </message>
    <message numerus="yes">
        <source>Learned model from an older Lectern rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Đã dựng lại mô hình đã học của phiên bản Lectern cũ hơn từ %n bài đã sửa; tệp cũ được giữ lại là %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned model from a newer Lectern rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Đã dựng lại mô hình đã học của phiên bản Lectern mới hơn từ %n bài đã sửa; tệp cũ được giữ lại là %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged learned model rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Đã dựng lại mô hình đã học bị hỏng từ %n bài đã sửa; tệp cũ được giữ lại là %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Tên người duyệt:</translation>
    </message>
    <message>
        <source>Lectern library (*.sqlite *.lectern-library);;All files (*)</source>
        <translation>Thư viện Lectern (*.sqlite *.lectern-library);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Review database and library</source>
        <translation>Cơ sở dữ liệu duyệt bài và thư viện</translation>
    </message>
    <message>
        <source>Annotations and the library are kept in:</source>
        <translation>Ghi chú và thư viện được lưu tại:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Đổ&amp;i…</translation>
    </message>
    <message>
        <source>Use another database file; articles opened afterwards use it</source>
        <translation>Dùng tệp cơ sở dữ liệu khác; các bài mở sau đó sẽ dùng tệp này</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>&amp;Xuất thư viện…</translation>
    </message>
    <message>
        <source>Write the whole library, annotations included, to one file</source>
        <translation>Ghi toàn bộ thư viện, kể cả ghi chú, vào một tệp</translation>
    </message>
    <message>
        <source>&amp;Import Library…</source>
        <translation>&amp;Nhập thư viện…</translation>
    </message>
    <message>
        <source>Add the articles of an exported library that are not here yet</source>
        <translation>Thêm các bài của một thư viện đã xuất mà ở đây chưa có</translation>
    </message>
    <message>
        <source>&amp;Compact Database</source>
        <translation>&amp;Thu gọn cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Reclaim unused space and optimise the search index</source>
        <translation>Thu hồi dung lượng thừa và tối ưu chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Review Database</source>
        <translation>Cơ sở dữ liệu duyệt bài</translation>
    </message>
    <message>
        <source>Lectern will use this database from now on; articles already open keep theirs until they are opened again.</source>
        <translation>Từ nay Lectern sẽ dùng cơ sở dữ liệu này; các bài đang mở giữ cơ sở dữ liệu cũ cho đến khi được mở lại.</translation>
    </message>
    <message>
        <source>A new, empty database will be created there; the current one stays where it is.</source>
        <translation>Một cơ sở dữ liệu mới, trống sẽ được tạo ở đó; cơ sở dữ liệu hiện tại vẫn ở chỗ cũ.</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Xuất thư viện</translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>Nhập thư viện</translation>
    </message>
    <message>
        <source>Choose another file: the library cannot be exported onto itself.</source>
        <translation>Hãy chọn tệp khác: không thể xuất thư viện đè lên chính nó.</translation>
    </message>
    <message>
        <source>This is the library in use; choose an exported library file.</source>
        <translation>Đây là thư viện đang dùng; hãy chọn một tệp thư viện đã xuất.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>The learned model was deleted; articles opened from now on are read with the bundled model.</source>
        <translation>Đã xóa mô hình đã học; các bài mở từ bây giờ được đọc bằng mô hình đi kèm.</translation>
    </message>
    <message>
        <source>Lear&amp;n from my corrections</source>
        <translation>&amp;Học từ các sửa đổi của tôi</translation>
    </message>
    <message>
        <source>Entity corrections teach your own model, used for the articles you open next</source>
        <translation>Các sửa đổi thực thể dạy mô hình riêng của bạn, được dùng cho các bài bạn mở tiếp theo</translation>
    </message>
    <message>
        <source>Reset Learned &amp;Model</source>
        <translation>Đặt lại &amp;mô hình đã học</translation>
    </message>
    <message>
        <source>Delete the model learned from your corrections and use the bundled one again</source>
        <translation>Xóa mô hình đã học từ các sửa đổi của bạn và dùng lại mô hình đi kèm</translation>
    </message>
    <message>
        <source>Local &amp;file</source>
        <translation>Tệp t&amp;rên máy</translation>
    </message>
    <message>
        <source>Your own reviews and library, in a file on this computer</source>
        <translation>Bản duyệt và thư viện của riêng bạn, trong một tệp trên máy này</translation>
    </message>
    <message>
        <source>&amp;Team server</source>
        <translation>Máy chủ &amp;nhóm</translation>
    </message>
    <message>
        <source>Reviews shared with your team on a PostgreSQL server</source>
        <translation>Bản duyệt dùng chung với nhóm trên một máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Fill in the team server&apos;s host and database, or choose Local file.</source>
        <translation>Hãy điền máy chủ và cơ sở dữ liệu của máy chủ nhóm, hoặc chọn Tệp trên máy.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::PrintController</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>“%1” could not be printed.

%2</source>
        <translation>Không in được “%1”.

%2</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>In “%1”</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>article</source>
        <translation>bài viết</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.

%2</source>
        <translation>Không ghi được tệp PDF “%1”.

%2</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::QrDialog</name>
    <message>
        <source>%1 × %1 modules · %2 bytes of %3 at this level · image %4 × %4 px</source>
        <translation>%1 × %1 mô-đun · %2/%3 byte ở mức này · ảnh %4 × %4 px</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Không có mã QR</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Lưu mã QR</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>“%1” could not be written.

%2</source>
        <translation>Không ghi được “%1”.

%2</translation>
    </message>
    <message>
        <source>Export QR Code</source>
        <translation>Xuất mã QR</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Mức sửa lỗi:</translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation>&amp;Kích thước ảnh:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>L — low (7 %)</source>
        <translation>L — thấp (7 %)</translation>
    </message>
    <message>
        <source>M — medium (15 %)</source>
        <translation>M — trung bình (15 %)</translation>
    </message>
    <message>
        <source>Q — quartile (25 %)</source>
        <translation>Q — khá cao (25 %)</translation>
    </message>
    <message>
        <source>H — high (30 %)</source>
        <translation>H — cao (30 %)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Reset to the article&apos;s payload</source>
        <translation>Đặt lại về nội dung &amp;gốc của bài viết</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lưu…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReaderPanels</name>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Tô sáng %1</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Lần nhắc &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Lần nhắc t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Các bảng</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Thanh tô sáng</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Chưa chắc</translation>
    </message>
    <message>
        <source>A paler highlight marks a name Lectern is unsure of (confidence below %1%): check it first.</source>
        <translation>Tô màu nhạt hơn đánh dấu tên mà Lectern chưa chắc chắn (độ tin cậy dưới %1%): hãy kiểm tra trước.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReviewController</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Thêm &amp;bình luận…</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Lưu bản &amp;duyệt thành…</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>Xuất ghi &amp;chú…</translation>
    </message>
    <message>
        <source>The review state could not be saved: %1</source>
        <translation>Không lưu được trạng thái duyệt: %1</translation>
    </message>
    <message>
        <source>Select the text to attach the annotation to, then choose Re-attach again.</source>
        <translation>Hãy chọn đoạn văn cần gắn ghi chú, rồi chọn lại Gắn lại vào vùng chọn.</translation>
    </message>
    <message>
        <source>Review database: %1</source>
        <translation>Cơ sở dữ liệu duyệt bài: %1</translation>
    </message>
    <message>
        <source>The article changed: %1 annotation(s) moved or adjusted, %2 orphaned.</source>
        <translation>Bài viết đã thay đổi: %1 ghi chú được dời hoặc điều chỉnh, %2 ghi chú mất liên kết.</translation>
    </message>
    <message>
        <source>The review database could not be opened: %1</source>
        <translation>Không mở được cơ sở dữ liệu duyệt bài: %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Lịch sử hoàn tác</translation>
    </message>
    <message>
        <source>Select the text you want to comment on first.</source>
        <translation>Hãy chọn đoạn văn cần bình luận trước.</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Lưu bản duyệt thành</translation>
    </message>
    <message>
        <source>Lectern reviews (*.lectern-review)</source>
        <translation>Bản duyệt Lectern (*.lectern-review)</translation>
    </message>
    <message>
        <source>Cannot save review</source>
        <translation>Không lưu được bản duyệt</translation>
    </message>
    <message>
        <source>Lectern could not save “%1”.

%2</source>
        <translation>Lectern không lưu được “%1”.

%2</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Đã lưu bản duyệt vào %1</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>W3C Web Annotations (*.jsonld)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Báo cáo Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Xuất ghi chú</translation>
    </message>
    <message>
        <source>Cannot export annotations</source>
        <translation>Không xuất được ghi chú</translation>
    </message>
    <message>
        <source>Lectern could not write “%1”.

%2</source>
        <translation>Lectern không ghi được “%1”.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %n ghi chú vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Máy chủ nhóm: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReviewerNameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Comments carry the reviewer&apos;s name. Which name should yours carry? You can change it later in Preferences.</source>
        <translation>Mỗi bình luận mang tên người duyệt. Bình luận của bạn sẽ mang tên nào? Bạn có thể đổi tên sau trong Tùy chọn.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::TeamServerConnection</name>
    <message>
        <source>Connected to %1: its review database is ready for this version of Lectern.</source>
        <translation>Đã kết nối tới %1: cơ sở dữ liệu duyệt bài của máy chủ sẵn sàng cho phiên bản Lectern này.</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>tên đăng nhập của bạn</translation>
    </message>
    <message>
        <source>The team server refused this password. Password of %1 on %2:</source>
        <translation>Máy chủ nhóm từ chối mật khẩu này. Mật khẩu của %1 trên %2:</translation>
    </message>
    <message>
        <source>The team server asks for a password. Password of %1 on %2 (kept until Lectern quits, never saved):</source>
        <translation>Máy chủ nhóm yêu cầu mật khẩu. Mật khẩu của %1 trên %2 (giữ đến khi thoát Lectern, không bao giờ được lưu):</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Mật khẩu máy chủ nhóm</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::TeamServerForm</name>
    <message>
        <source>&amp;Host:</source>
        <translation>Má&amp;y chủ:</translation>
    </message>
    <message>
        <source>server name, address or socket folder</source>
        <translation>tên máy chủ, địa chỉ hoặc thư mục socket</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Người dù&amp;ng:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>tên đăng nhập của bạn</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Tắt (disable)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Khi máy chủ hỗ trợ (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Bắt buộc (require)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Bắt buộc, kiểm tra chứng chỉ (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>Bắt buộc, kiểm tra chứng chỉ và tên (verify-full)</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Thử &amp;kết nối</translation>
    </message>
    <message>
        <source>Connect to the server now and check its review database; a password is asked for when ~/.pgpass or PGPASSWORD has none</source>
        <translation>Kết nối tới máy chủ ngay và kiểm tra cơ sở dữ liệu duyệt bài; mật khẩu sẽ được hỏi khi ~/.pgpass hoặc PGPASSWORD không có</translation>
    </message>
    <message>
        <source>Fill in the host and the database first.</source>
        <translation>Hãy điền máy chủ và cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
</TS>
