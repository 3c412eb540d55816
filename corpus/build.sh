#!/usr/bin/env bash
# Rebuilds the corpus's TEI documents from their plain-text sources with `bitext ingest`.
# Usage: corpus/build.sh [OUTDIR]   (default: the corpus folder itself)
# The output is deterministic: a test checks that this script reproduces the committed files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
bitext="${BITEXT:-bitext}"
seed="${SEED:-$here/en/asan-2024-13s.en.txt}"
mkdir -p "$out/en" "$out/ko"
original_ko="original|ko|https://www.asaninst.org/?p=94939|미일동맹의 진화와 한국에의 함의 (Asan Issue Brief 2024-20, the publisher's Korean original, 2024-08-01)"
licence_en="restricted||© The Asan Institute for Policy Studies, all rights reserved. The text is the Institute's publication, included in the bitext corpus for research on translation alignment; the TEI markup is the bitext contributors' (CC BY 4.0)."
licence_ko="restricted||This Korean rendering is a translation of the Asan Institute's copyrighted English summary, so it is a derivative work: it may be used for research on translation alignment, and any other use needs the Institute's permission. It is not under the bitext code's MIT licence. The bitext contributors' own share (the Korean wording and the TEI markup) is offered under CC BY 4.0 as far as the Institute's rights allow."
replace_ko="To put the publisher's Korean original (Asan Issue Brief 2024-20, published 2024-08-01) in place of this rendering, keeping its provenance: bitext ingest ORIGINAL.txt --lang ko -o corpus/ko/asan-2024-13s.ko.xml --title '미일동맹의 진화와 한국에의 함의' --author '최은미;아산정책연구원 연구위원' --date 2024-08-01 --publisher '아산정책연구원' --idno 'series=Asan Issue Brief 2024-20' --related 'summary|en|../en/asan-2024-13s.en.xml|The Evolution of the U.S.-Japan Alliance and its Implications for South Korea (Asan Issue Brief 2024-13(S), the English summary)' --source 'Asan Issue Brief 2024-20, The Asan Institute for Policy Studies, 2024-08-01, as plain text from the published PDF' --note 'Korean original of the English summary in ../en/, as published by the Asan Institute.' --licence 'restricted||© The Asan Institute for Policy Studies, all rights reserved.'; then re-align the pair (bitext align), since the English is a summary of the original."

$bitext ingest "$seed" --lang en -o "$out/en/asan-2024-13s.en.xml" \
  --title "The Evolution of the U.S.-Japan Alliance and its Implications for South Korea" \
  --author "Choi Eunmi;Research Fellow, The Asan Institute for Policy Studies" \
  --date 2024-08-07 \
  --publisher "The Asan Institute for Policy Studies" \
  --idno "series=Asan Issue Brief 2024-13(S)" \
  --related "$original_ko" \
  --source "Asan Issue Brief 2024-13(S), The Asan Institute for Policy Studies, 2024-08-07: the English summary of Issue Brief 2024-20, as plain text extracted from the published PDF (corpus/en/asan-2024-13s.en.txt), with its page-break artefacts." \
  --note "English summary of the Asan Institute's Korean Issue Brief 2024-20. Two paragraph breaks that PDF page breaks left inside sentences were joined by bitext ingest; no other change was made to the text." \
  --licence "$licence_en"

$bitext ingest "$here/ko/asan-2024-13s.ko.txt" --lang ko -o "$out/ko/asan-2024-13s.ko.xml" \
  --title "미일동맹의 진화와 한국에의 함의 (bitext의 한국어 옮김)" \
  --author "최은미;아산정책연구원 연구위원" \
  --resp "Korean rendering of the English summary (Asan Issue Brief 2024-13(S)):the bitext contributors" \
  --date 2026-12-01 \
  --publisher "The bitext project" \
  --idno "bitext=asan-2024-13s.ko" \
  --related "$original_ko" \
  --related "translation-of|en|../en/asan-2024-13s.en.xml|The Evolution of the U.S.-Japan Alliance and its Implications for South Korea (Asan Issue Brief 2024-13(S))" \
  --source "Translated into Korean by the bitext contributors from the English summary, Asan Issue Brief 2024-13(S) (corpus/en/asan-2024-13s.en.xml); revised 2026-12-01 after a bilingual review, with the key terms of the publisher's Korean abstract and press release for Issue Brief 2024-20 (보호하는 동맹, 행동하는 동맹, 격자형 안보 구조, 소다자 협력, 역사를 직시); the plain-text source is corpus/ko/asan-2024-13s.ko.txt." \
  --note "This Korean text is the bitext corpus's own Korean rendering of the English summary (Asan Issue Brief 2024-13(S)), written for this corpus by the bitext contributors. It is NOT the publisher's Korean original (Asan Issue Brief 2024-20, 미일동맹의 진화와 한국에의 함의, published 2024-08-01), which was not available to us, and it must not be cited as the Asan Institute's text." \
  --note "이 한국어 텍스트는 영문 요약본(아산 이슈브리프 2024-13(S))을 bitext 코퍼스를 위해 bitext 기여자들이 직접 한국어로 옮긴 것이며, 아산정책연구원이 2024년 8월 1일 발간한 한국어 원문(이슈브리프 2024-20)이 아니다. 아산정책연구원의 글로 인용해서는 안 된다." \
  --note "$replace_ko" \
  --licence "$licence_ko"
