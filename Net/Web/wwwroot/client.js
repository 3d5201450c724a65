// ActorMoo web client: logs in over the JSON API, then plays over one websocket that carries
// JSON frames (docs/web.md). Plain JavaScript, no build step, no third-party code.
"use strict";

(() => {
  const TOKEN_KEY = "actormoo.token";
  const HISTORY_KEY = "actormoo.history";
  const HISTORY_SIZE = 100;
  const MAX_OUTPUT_LINES = 2000;
  // "connect <name> <password>" and "create <name> <password>" on the login screen.
  const LOGIN_LINE = /^\s*((?:connect|create)\s+\S+)\s+\S/i;

  const $ = (id) => document.getElementById(id);
  const output = $("output");
  const command = $("command");
  const promptText = $("prompt");

  let socket = null;
  let inputHidden = false;
  let history = loadHistory();
  let historyIndex = history.length;
  let draft = "";

  // ---- the JSON API -------------------------------------------------------------------------

  async function api(method, path, body, token) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const text = await response.text();
    const data = text ? JSON.parse(text) : {};
    if (!response.ok) throw new Error(data.error || `The server answered ${response.status}.`);
    return data;
  }

  async function logIn(register) {
    const name = $("name").value.trim();
    const password = $("password").value;
    $("login-error").textContent = "";
    try {
      if (register) await api("POST", "/api/register", { name, password });
      const answer = await api("POST", "/api/auth", { name, password });
      sessionStorage.setItem(TOKEN_KEY, answer.token);
      $("password").value = "";
      connect(answer.token);
    } catch (error) {
      $("login-error").textContent = error.message;
    }
  }

  async function logOut() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    sessionStorage.removeItem(TOKEN_KEY);
    if (socket) socket.close(1000, "logged out");
    if (token) {
      try { await api("POST", "/api/logout", null, token); } catch { /* the token is gone either way */ }
    }
    showLogin();
  }

  // ---- the websocket ------------------------------------------------------------------------

  function connect(token) {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const query = token ? `?token=${encodeURIComponent(token)}` : "";
    socket = new WebSocket(`${scheme}//${location.host}/ws${query}`);
    showGame();
    setStatus("Connecting…");
    socket.addEventListener("open", () => {
      setStatus(token ? "Connected" : "Connected (login screen)");
      sendResize();
      // What was typed while the socket was still connecting goes now, in order.
      for (const frame of pending.splice(0)) socket.send(JSON.stringify(frame));
    });
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      setStatus("Disconnected");
      notice("Disconnected. Reload the page to connect again.");
      socket = null;
    });
  }

  // Frames typed before the socket opened: sent on open instead of being lost.
  const pending = [];

  function send(frame) {
    if (!socket) return;
    if (socket.readyState === WebSocket.CONNECTING) pending.push(frame);
    else if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  function receive(frame) {
    switch (frame.type) {
      case "text": append(frame.html, "text"); break;
      case "prompt": promptText.innerHTML = frame.html; break;
      case "echo": setHidden(frame.hidden); break;
      case "oob": window.dispatchEvent(new CustomEvent("actormoo:oob", { detail: { package: frame.package, data: frame.data } })); break;
      case "disconnect": if (frame.html) append(frame.html, "text"); break;
      case "error": appendText(frame.message, "error"); break;
      default: break;
    }
  }

  // ---- output -------------------------------------------------------------------------------

  // Text and prompt frames carry HTML the server rendered from markup, with everything a
  // player typed already escaped there, so it is inserted as HTML.
  function append(html, kind) {
    const line = document.createElement("div");
    line.className = kind;
    line.innerHTML = html;
    addLine(line);
  }

  function appendText(text, kind) {
    const line = document.createElement("div");
    line.className = kind;
    line.textContent = text;
    addLine(line);
  }

  function notice(text) { appendText(text, "notice"); }

  function addLine(line) {
    const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 4;
    output.appendChild(line);
    while (output.childElementCount > MAX_OUTPUT_LINES) output.firstElementChild.remove();
    if (atBottom) output.scrollTop = output.scrollHeight;
  }

  // ---- input and history ----------------------------------------------------------------------

  function submit(event) {
    event.preventDefault();
    const line = command.value;
    command.value = "";
    if (!inputHidden) {
      const login = LOGIN_LINE.exec(line);
      // A login typed on the login screen carries a password: it is neither shown nor remembered.
      appendText(login ? `> ${login[1]} ********` : `> ${line}`, "echo");
      if (!login) remember(line);
    }
    send({ type: "input", line });
  }

  function remember(line) {
    if (line.trim() === "" || history[history.length - 1] === line) {
      historyIndex = history.length;
      return;
    }
    history.push(line);
    if (history.length > HISTORY_SIZE) history = history.slice(-HISTORY_SIZE);
    historyIndex = history.length;
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  }

  function browseHistory(event) {
    if (inputHidden || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    if (historyIndex === history.length) draft = command.value;
    historyIndex = Math.max(0, Math.min(history.length, historyIndex + (event.key === "ArrowUp" ? -1 : 1)));
    command.value = historyIndex === history.length ? draft : history[historyIndex];
  }

  function loadHistory() {
    try {
      const stored = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
      return Array.isArray(stored) ? stored.filter((line) => typeof line === "string").slice(-HISTORY_SIZE) : [];
    } catch {
      return [];
    }
  }

  function setHidden(hidden) {
    inputHidden = hidden;
    command.type = hidden ? "password" : "text";
  }

  // ---- window size ---------------------------------------------------------------------------

  function sendResize() {
    const probe = document.createElement("span");
    probe.className = "measure";
    probe.textContent = "M".repeat(10);
    output.appendChild(probe);
    const cell = probe.getBoundingClientRect();
    probe.remove();
    if (cell.width === 0 || cell.height === 0) return;
    const width = Math.max(20, Math.min(1000, Math.floor(output.clientWidth / (cell.width / 10))));
    const height = Math.max(5, Math.min(1000, Math.floor(output.clientHeight / cell.height)));
    send({ type: "resize", width, height });
  }

  // ---- page state ----------------------------------------------------------------------------

  function setStatus(text) { $("status").textContent = text; }

  function showGame() {
    $("login").hidden = true;
    $("game").hidden = false;
    $("logout").hidden = !sessionStorage.getItem(TOKEN_KEY);
    command.focus();
  }

  function showLogin() {
    $("game").hidden = true;
    $("login").hidden = false;
    $("logout").hidden = true;
    output.replaceChildren();
    promptText.textContent = "";
    setStatus("Not connected");
    $("name").focus();
  }

  $("login-form").addEventListener("submit", (event) => { event.preventDefault(); logIn(false); });
  $("register-button").addEventListener("click", () => logIn(true));
  $("guest-button").addEventListener("click", () => connect(null));
  $("logout").addEventListener("click", logOut);
  $("command-form").addEventListener("submit", submit);
  command.addEventListener("keydown", browseHistory);
  output.addEventListener("click", (event) => {
    // Command links from markup ({link=go north}north{/link}) run their command as if typed.
    const link = event.target.closest("a.cmd[data-cmd]");
    if (!link) return;
    event.preventDefault();
    appendText(`> ${link.dataset.cmd}`, "echo");
    send({ type: "input", line: link.dataset.cmd });
  });
  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(sendResize, 200);
  });

  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) connect(saved); else showLogin();
})();
