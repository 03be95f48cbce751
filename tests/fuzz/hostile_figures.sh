#!/usr/bin/env bash
# Time and peak memory of the hostile-input matrix's large inputs through the whole pipeline
# (import, then extraction) with `lectern extract`. Prints a Markdown table; no pass/fail.
#   tests/fuzz/hostile_figures.sh [BUILD_DIR]     (default build; a Release build gives real figures)
set -euo pipefail
build=${1:-build}
bin=$build/bin/lectern
[ -x "$bin" ] || { echo "hostile_figures: $bin not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys
w = sys.argv[1]
body = "Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm với nhiều đại biểu tham dự. "
def write(name, data):
    with open(os.path.join(w, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
write("line-10mb.txt", body * (10 * 1024 * 1024 // len(body.encode())))
write("paragraphs-1m.txt", "a\n\n" * 1_000_000)
write("paragraphs-100k-news.txt", (body + "\n\n") * 100_000)
names = [a + " " + b + " " + c for a in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
         for b in ("Văn", "Thị", "Minh", "Quang", "Thu", "Ngọc", "Hữu", "Thanh", "Đức", "Hoài")
         for c in ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Lan", "Long", "Mai", "Nam", "Phong", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Hùng", "Khoa")]
write("people-2000.txt", "Danh sách\n\n" + "\n\n".join("Ông %s, Giám đốc Sở Tài chính tỉnh Bình Định, phát biểu." % n for n in names))
write("metrics-100k.txt", "Số liệu\n\n" + "\n\n".join("Doanh thu đạt %d,5 tỷ đồng, tăng %d%%." % (i, i % 100) for i in range(100_000)))
write("nested-100k.html", "<html><body><p>" + body + "</p>" + "<div>" * 100_000 + "Sâu." + "</div>" * 100_000 + "</body></html>")
write("absurd-numbers.txt", "Tin\n\nDoanh thu đạt 1.000.000.000.000.000.000 tỷ đồng, tăng 99999999999999999999%. " + "9" * 400 + " tỷ USD.")
with open(os.path.join(w, "sparse-200mb.txt"), "wb") as f:
    f.truncate(200 * 1024 * 1024)
PY
printf '| input | size | result | wall time | peak RSS |\n|---|---|---|---|---|\n'
for f in "$work"/*; do
    name=$(basename "$f")
    size=$(du -h --apparent-size "$f" | cut -f1)
    stats=$work/time.txt
    if QT_QPA_PLATFORM=offscreen /usr/bin/time -f '%e s|%M' -o "$stats" "$bin" extract "$f" >"$work/out.json" 2>"$work/err.txt"; then
        result="ok, $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d=d[0] if isinstance(d,list) else d; print("%d people, %d orgs, %d metrics" % tuple(len(d.get(k,[])) for k in ("people","organizations","metrics")))' "$work/out.json" 2>/dev/null || echo "output")"
    else
        result="error: $(head -c 120 "$work/err.txt" | tr '\n' ' ')"
    fi
    # /usr/bin/time puts "Command exited with non-zero status N" first when the command fails.
    t=$(tail -n 1 "$stats" | cut -d'|' -f1); kb=$(tail -n 1 "$stats" | cut -d'|' -f2)
    printf '| %s | %s | %s | %s | %s MB |\n' "$name" "$size" "$result" "$t" "$((kb / 1024))"
done
