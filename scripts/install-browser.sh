#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR, their Chinese UI language packs, a CJK font, openssl and unzip are installed.
# Used by `npm start` and by CI; installs with apt-get when run as root, otherwise says what to run.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Chromium takes its UI language (chrome.i18n) from these packs: without them it is English only.
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
# The Firefox slice of npm test: Debian's Firefox ESR (153 from the security repository; the
# manifest asks for 142 or later) and its Chinese language pack, so the add-on runs in zh-CN.
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ -f /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi ] || need+=(firefox-esr-l10n-zh-cn)
# Without a CJK font, Chinese renders as empty boxes in screenshots.
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || need+=(fonts-wqy-microhei)
# The search-engine e2e test serves bing.com and friends over HTTPS with a throwaway certificate.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# Info-ZIP's unzip: the zip reader's tests hold its verdicts against `unzip -t`, and the BagIt
# test unpacks bundles with it for a validator that shares no code with ours.
command -v unzip >/dev/null 2>&1 || need+=(unzip)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${need[*]}. Install them, e.g.: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >/dev/null
