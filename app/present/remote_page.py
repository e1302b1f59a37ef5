"""The one page the phone remote serves: inline HTML, CSS and JS, nothing fetched from outside.

Its words are translated when it is served (see `page`). The page holds no deck
content: a phone sees the slide, the notes and the timer only after pairing,
through /state and /slide.png with its token. The token is kept in
sessionStorage (it survives a reload, not the closed tab) and sent in the
Authorization header, never in a URL.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication

# The Content-Security-Policy the page is served with: inline code only, our own
# origin for requests, pictures only from blobs the script made.
PAGE_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
               "img-src blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
               "frame-ancestors 'none'")

_TEMPLATE = """<!doctype html>
<html lang="@lang@">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="dark">
<title>@title@</title>
<style>
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { background: #0F1A2B; color: #EDE8DF; font: 17px/1.4 system-ui, sans-serif;
       display: flex; flex-direction: column; -webkit-user-select: none; user-select: none; }
header { display: flex; align-items: baseline; gap: 12px; padding: 10px 14px 4px; }
#slide { font-weight: bold; font-size: 20px; }
#elapsed { margin-left: auto; font-weight: bold; font-size: 28px;
           font-variant-numeric: tabular-nums; }
.muted { color: #93A1B5; font-size: 14px; }
#sub { display: flex; gap: 10px; padding: 0 14px; }
#sub span:last-child { margin-left: auto; }
#badge { display: none; margin: 6px 14px 0; padding: 2px 10px; border-radius: 6px;
         background: #FEC50C; color: #0F1A2B; font-weight: bold; align-self: flex-start; }
#thumb { display: block; width: calc(100% - 28px); margin: 8px 14px; aspect-ratio: 16 / 9;
         background: #16233A; border-radius: 6px; object-fit: contain; }
#notes { flex: 1; overflow-y: auto; margin: 0 14px; padding: 10px 12px; white-space: pre-wrap;
         background: #16233A; border-radius: 6px; font-size: 19px;
         -webkit-user-select: text; user-select: text; }
#buttons { display: flex; gap: 10px; padding: 10px 14px 14px; }
button { font: inherit; border: none; border-radius: 12px; color: #0F1A2B;
         touch-action: manipulation; }
#buttons button { flex: 1; min-height: 96px; font-size: 24px; font-weight: bold; }
#prev { background: #93A1B5; flex: 0 0 36%; }
#next { background: #00AFCA; }
button:active { filter: brightness(0.8); }
#pair { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 14px;
        padding: 24px; }
#pair h1 { margin: 0; font-size: 24px; }
#code { font: bold 34px/1.2 ui-monospace, monospace; letter-spacing: 0.3em; text-align: center;
        padding: 10px; border-radius: 10px; border: 2px solid #93A1B5; background: #16233A;
        color: #EDE8DF; width: 100%; }
#pair button { background: #00AFCA; padding: 16px; font-size: 22px; font-weight: bold; }
#message { min-height: 1.5em; color: #FEC50C; }
#talk { display: none; flex: 1; flex-direction: column; min-height: 0; }
.live #talk { display: flex; }
.live #pair { display: none; }
</style>
</head>
<body>
<form id="pair">
  <h1>@heading@</h1>
  <label for="code">@prompt@</label>
  <input id="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"
         pattern="[0-9]*" required>
  <button type="submit">@pair@</button>
  <div id="message" role="status"></div>
</form>
<main id="talk">
  <header><span id="slide"></span><span id="timer" class="muted"></span>
    <span id="elapsed"></span></header>
  <div id="sub" class="muted"><span id="chapter"></span><span id="remaining"></span></div>
  <div id="badge"></div>
  <img id="thumb" alt="@slide@">
  <div id="notes" aria-label="@notes@"></div>
  <div id="buttons">
    <button id="prev" type="button">@previous@</button>
    <button id="next" type="button">@next@</button>
  </div>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
const TONES = { on_time: "#7BD389", ahead: "#6EC6FF", behind: "#FEC50C", overtime: "#FF6B5E" };
const T = @words@;
const BLANKS = { black: T.black, white: T.white };
let token = sessionStorage.getItem("token") || "";
let shownView = "";
let pictureUrl = "";
let polling = 0;

function request(method, path, body) {
  const headers = { "Authorization": "Bearer " + token };
  const options = { method, headers, cache: "no-store" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  return fetch(path, options);
}

function unpaired(text) {
  token = "";
  sessionStorage.removeItem("token");
  document.body.classList.remove("live");
  $("message").textContent = text;
}

async function pair(event) {
  event.preventDefault();
  $("message").textContent = T.connecting;
  try {
    const reply = await request("POST", "/pair", { code: $("code").value });
    const answer = await reply.json();
    if (reply.ok && answer.token) {
      token = answer.token;
      sessionStorage.setItem("token", token);
      $("code").value = "";
      $("message").textContent = "";
      start();
    } else {
      $("message").textContent = answer.error || T.failed;
      $("code").select();
    }
  } catch (e) {
    $("message").textContent = T.unreachable;
  }
}

async function picture(view) {
  const reply = await request("GET", "/slide.png");
  if (!reply.ok) return;
  const url = URL.createObjectURL(await reply.blob());
  if (pictureUrl) URL.revokeObjectURL(pictureUrl);
  pictureUrl = url;
  $("thumb").src = url;
  shownView = view;
}

function show(state) {
  $("slide").textContent = state.slide;
  $("chapter").textContent = state.chapter;
  $("elapsed").textContent = state.elapsed;
  $("elapsed").style.color = TONES[state.tone] || "#EDE8DF";
  $("timer").textContent = state.timer;
  $("remaining").textContent = state.remaining;
  const steps = state.steps > 1
    ? T.step.replace("{step}", state.step).replace("{steps}", state.steps) + "\\n\\n" : "";
  $("notes").textContent = steps + (state.notes || T.no_notes);
  const badges = [BLANKS[state.blank], state.frozen ? T.frozen : ""];
  const badge = badges.filter(Boolean).join(" · ");
  $("badge").textContent = badge;
  $("badge").style.display = badge ? "block" : "none";
  $("next").disabled = state.at_end;
  if (state.view !== shownView) {
    $("notes").scrollTop = 0;
    picture(state.view).catch(() => {});
  }
}

async function poll() {
  if (!token) return;
  try {
    const reply = await request("GET", "/state");
    if (reply.status === 403) {
      unpaired(T.dropped);
      return;
    }
    if (reply.ok) {
      document.body.classList.add("live");
      show(await reply.json());
    }
  } catch (e) {
    $("timer").textContent = T.offline;
  }
}

async function command(action) {
  if (!token) return;
  try {
    const reply = await request("POST", "/command", { action });
    if (reply.status === 403) {
      unpaired(T.dropped);
      return;
    }
    if (reply.ok) show(await reply.json());
  } catch (e) {
    $("timer").textContent = T.offline;
  }
}

function start() {
  poll();
  if (!polling) polling = setInterval(poll, 1000);
}

$("pair").addEventListener("submit", pair);
$("next").addEventListener("click", () => command("next"));
$("prev").addEventListener("click", () => command("previous"));
if (token) start();
</script>
</body>
</html>
"""


def page() -> str:
    """The page in the UI's language: its words go through Qt's translator like the console's.

    Words in the markup are HTML-escaped; the script's words arrive as one JSON
    object with `<` escaped, so no translation can close the script early.
    """
    markup = {
        "lang": QCoreApplication.translate("RemotePage", "ru", "the page's language code"),
        "title": QCoreApplication.translate("RemotePage", "Reportage — пульт"),
        "heading": QCoreApplication.translate("RemotePage", "Пульт докладчика"),
        "prompt": QCoreApplication.translate(
            "RemotePage", "Введите код, который показан на пульте докладчика:"),
        "pair": QCoreApplication.translate("RemotePage", "Подключить"),
        "slide": QCoreApplication.translate("RemotePage", "Текущий слайд"),
        "notes": QCoreApplication.translate("RemotePage", "Заметки"),
        "previous": QCoreApplication.translate("RemotePage", "Назад"),
        "next": QCoreApplication.translate("RemotePage", "Дальше"),
    }
    words = {
        "black": QCoreApplication.translate("RemotePage", "ЧЁРНЫЙ ЭКРАН"),
        "white": QCoreApplication.translate("RemotePage", "БЕЛЫЙ ЭКРАН"),
        "frozen": QCoreApplication.translate("RemotePage", "ЗРИТЕЛИ: ЗАМОРОЖЕНО"),
        "connecting": QCoreApplication.translate("RemotePage", "Подключение…"),
        "failed": QCoreApplication.translate("RemotePage", "Не удалось подключиться."),
        "unreachable": QCoreApplication.translate(
            "RemotePage", "Нет связи с компьютером докладчика."),
        "step": QCoreApplication.translate("RemotePage", "шаг {step} из {steps}"),
        "no_notes": QCoreApplication.translate("RemotePage", "Заметок к этому слайду нет."),
        "dropped": QCoreApplication.translate(
            "RemotePage", "Подключение сброшено. Введите новый код с пульта."),
        "offline": QCoreApplication.translate("RemotePage", "нет связи"),
    }
    text = _TEMPLATE
    for key, value in markup.items():
        text = text.replace(f"@{key}@", html.escape(value))
    script_words = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
    return text.replace("@words@", script_words)
