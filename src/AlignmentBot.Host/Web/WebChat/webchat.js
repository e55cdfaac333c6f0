// The local web chat: speaks the Bot Framework Activity protocol to POST /api/messages with
// deliveryMode "expectReplies" (replies come back in the response body) and draws the Adaptive Cards
// the bot sends. Button presses go back as Action.Submit does in Teams: a message whose value holds the
// action's data and the card's inputs, replying to the card's activity; a replaced card comes back as a
// "messageUpdate" for that activity.
(() => {
  "use strict";

  const transcript = document.getElementById("transcript");
  const status = document.getElementById("status");
  const composer = document.getElementById("composer");
  const input = document.getElementById("message");

  const conversationId = sessionStorage.getItem("alignmentbot.conversation") || `webchat-${crypto.randomUUID()}`;
  sessionStorage.setItem("alignmentbot.conversation", conversationId);
  const userId = localStorage.getItem("alignmentbot.user") || `local-${crypto.randomUUID()}`;
  localStorage.setItem("alignmentbot.user", userId);
  const user = { id: userId, name: "You" };
  const bot = { id: "alignmentbot", name: "AlignmentBot" };

  function activity(fields) {
    return {
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: "webchat",
      serviceUrl: `${location.origin}/`,
      from: user,
      recipient: bot,
      conversation: { id: conversationId },
      locale: navigator.language || "en-US",
      localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      deliveryMode: "expectReplies",
      ...fields,
    };
  }

  async function send(outgoing) {
    status.textContent = "AlignmentBot is typing…";
    try {
      const response = await fetch("/api/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(outgoing),
      });
      if (response.status === 401) {
        notice("This bot has a MicrosoftAppId configured, so /api/messages only accepts the Bot Connector. The local web chat works when the bot runs without one (local development).");
        return;
      }
      if (!response.ok) {
        notice(`The bot answered HTTP ${response.status}. See the server log.`);
        return;
      }
      const body = await response.json();
      for (const reply of body.activities || []) {
        show(reply);
      }
    } catch (error) {
      notice(`Could not reach the bot: ${error.message}`);
    } finally {
      status.textContent = "";
    }
  }

  function show(reply) {
    if (reply.type === "messageUpdate") {
      const existing = transcript.querySelector(`[data-activity-id="${CSS.escape(reply.id)}"]`);
      if (existing) {
        existing.replaceWith(messageElement(reply));
        return;
      }
    }
    if (reply.type === "message" || reply.type === "messageUpdate") {
      transcript.append(messageElement(reply));
      transcript.lastElementChild.scrollIntoView({ block: "end" });
    }
  }

  function messageElement(reply) {
    const element = document.createElement("div");
    element.className = "message bot";
    element.dataset.activityId = reply.id;
    if (reply.text) {
      const text = document.createElement("div");
      text.className = "text";
      text.replaceChildren(markdown(reply.text));
      element.append(text);
    }
    for (const attachment of reply.attachments || []) {
      if (attachment.contentType === "application/vnd.microsoft.card.adaptive") {
        element.append(renderCard(attachment.content, reply.id));
      }
    }
    return element;
  }

  function notice(text) {
    const element = document.createElement("div");
    element.className = "message notice";
    element.textContent = text;
    transcript.append(element);
  }

  function userMessage(text) {
    const element = document.createElement("div");
    element.className = "message user";
    element.textContent = text;
    transcript.append(element);
    element.scrollIntoView({ block: "end" });
  }

  // The markdown subset the bot writes: **bold**, _italic_, line breaks. Everything else is text. A backslash before
  // punctuation (how the bot marks what people typed, as Adaptive Cards read it) keeps that character literal.
  // Built as DOM nodes with text nodes only: nothing a person typed is ever parsed as HTML.
  function markdown(text) {
    const literal = [];
    const marked = text.replace(/\\([!-\/:-@\[-`{-~])/g, (_, c) => `\uE000${literal.push(c) - 1}\uE001`);
    const restore = part => part.replace(/\uE000(\d+)\uE001/g, (_, i) => literal[Number(i)]);
    const fragment = document.createDocumentFragment();
    const pattern = /\*\*(.+?)\*\*|(^|[\s(])_(.+?)_(?=$|[\s).,!?:;])|\n/g;
    let at = 0;
    for (const match of marked.matchAll(pattern)) {
      // The character before an italic is kept; a line break there is still a line break.
      const lead = match[2] || "";
      fragment.append(document.createTextNode(restore(marked.slice(at, match.index) + (lead === "\n" ? "" : lead))));
      if (lead === "\n") fragment.append(document.createElement("br"));
      if (match[1] !== undefined) {
        const strong = document.createElement("strong");
        strong.textContent = restore(match[1]);
        fragment.append(strong);
      } else if (match[3] !== undefined) {
        const em = document.createElement("em");
        em.textContent = restore(match[3]);
        fragment.append(em);
      } else {
        fragment.append(document.createElement("br"));
      }
      at = match.index + match[0].length;
    }
    fragment.append(document.createTextNode(restore(marked.slice(at))));
    return fragment;
  }

  function renderCard(card, activityId) {
    const element = document.createElement("div");
    element.className = "card";
    element.setAttribute("role", "group");
    for (const item of card.body || []) {
      const rendered = renderElement(item);
      if (rendered) {
        if (item.separator) rendered.classList.add("separator");
        if (item.spacing === "None") rendered.classList.add("none");
        element.append(rendered);
      }
    }
    if ((card.actions || []).length > 0) {
      const actions = document.createElement("div");
      actions.className = "actions";
      for (const action of card.actions) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = action.title || "OK";
        if (action.style) button.classList.add(action.style);
        button.addEventListener("click", () => press(element, action, activityId));
        actions.append(button);
      }
      element.append(actions);
    }
    return element;
  }

  function renderElement(item) {
    switch (item.type) {
      case "TextBlock": {
        const p = document.createElement("p");
        p.replaceChildren(markdown(item.text || ""));
        if (item.size) p.classList.add(`size-${item.size.toLowerCase()}`);
        if (item.weight === "Bolder") p.classList.add("bolder");
        if (item.isSubtle) p.classList.add("is-subtle");
        if (item.color) p.classList.add(`color-${item.color.toLowerCase()}`);
        return p;
      }
      case "FactSet": {
        const dl = document.createElement("dl");
        for (const fact of item.facts || []) {
          const dt = document.createElement("dt");
          dt.replaceChildren(markdown(fact.title || ""));
          const dd = document.createElement("dd");
          dd.replaceChildren(markdown(fact.value || ""));
          dl.append(dt, dd);
        }
        return dl;
      }
      case "Table": {
        const table = document.createElement("table");
        (item.rows || []).forEach((row, index) => {
          const tr = document.createElement("tr");
          if (row.style) tr.classList.add(`style-${row.style}`);
          for (const cell of row.cells || []) {
            const td = document.createElement(index === 0 && item.firstRowAsHeader ? "th" : "td");
            (cell.items || []).forEach((i, n) => td.append(...(n > 0 ? [" "] : []), markdown(i.text || "")));
            tr.append(td);
          }
          table.append(tr);
        });
        return table;
      }
      case "Input.Text":
      case "Input.Number":
      case "Input.Date":
      case "Input.ChoiceSet":
        return renderInput(item);
      default:
        return item.text ? renderElement({ type: "TextBlock", text: item.text }) : null;
    }
  }

  function renderInput(item) {
    const wrapper = document.createElement("div");
    wrapper.className = "input";
    wrapper.dataset.inputId = item.id;
    wrapper.dataset.required = item.isRequired ? "true" : "false";
    const fieldId = `input-${crypto.randomUUID()}`;
    const title = document.createElement("label");
    title.className = "title";
    title.textContent = item.label || item.id;
    wrapper.append(title);
    if (item.type === "Input.ChoiceSet" && item.style === "expanded") {
      title.removeAttribute("for");
      const group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "radiogroup");
      group.setAttribute("aria-label", item.label || item.id);
      for (const choice of item.choices || []) {
        const label = document.createElement("label");
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = fieldId;
        radio.value = choice.value;
        radio.checked = item.value === choice.value;
        label.append(radio, ` ${choice.title}`);
        group.append(label);
      }
      wrapper.append(group);
    } else {
      let field;
      if (item.type === "Input.ChoiceSet") {
        field = document.createElement("select");
        const empty = document.createElement("option");
        empty.value = "";
        empty.textContent = item.placeholder || "Choose…";
        field.append(empty);
        for (const choice of item.choices || []) {
          const option = document.createElement("option");
          option.value = choice.value;
          option.textContent = choice.title;
          option.selected = item.value === choice.value;
          field.append(option);
        }
      } else if (item.type === "Input.Text" && item.isMultiline) {
        field = document.createElement("textarea");
        field.rows = 3;
      } else {
        field = document.createElement("input");
        field.type = item.type === "Input.Number" ? "number" : item.type === "Input.Date" ? "date" : "text";
        if (item.type === "Input.Number") field.step = "any";
      }
      if (item.value !== undefined && item.type !== "Input.ChoiceSet") field.value = item.value;
      if (item.placeholder && field.tagName !== "SELECT") field.placeholder = item.placeholder;
      field.id = fieldId;
      field.className = "field";
      title.htmlFor = fieldId;
      wrapper.append(field);
    }
    const error = document.createElement("span");
    error.className = "error";
    error.textContent = item.errorMessage || "Required.";
    wrapper.append(error);
    return wrapper;
  }

  function readInputs(cardElement) {
    const values = {};
    let valid = true;
    for (const wrapper of cardElement.querySelectorAll(".input")) {
      const checked = wrapper.querySelector("input[type=radio]:checked");
      const field = wrapper.querySelector(".field");
      const value = checked ? checked.value : field ? field.value.trim() : "";
      const missing = wrapper.dataset.required === "true" && value === "";
      wrapper.classList.toggle("invalid", missing);
      valid = valid && !missing;
      values[wrapper.dataset.inputId] = value;
    }
    return valid ? values : null;
  }

  async function press(cardElement, action, activityId) {
    const inputs = readInputs(cardElement);
    if (inputs === null) return;
    const buttons = cardElement.querySelectorAll(".actions button");
    buttons.forEach(b => (b.disabled = true));
    userMessage(action.title || "OK");
    const data = (action.fallback && action.fallback.data) || action.data || {};
    await send(activity({ type: "message", text: "", replyToId: activityId, value: { ...data, ...inputs } }));
    buttons.forEach(b => (b.disabled = false));
  }

  composer.addEventListener("submit", event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    userMessage(text);
    send(activity({ type: "message", text }));
  });

  for (const suggestion of document.querySelectorAll(".suggestion")) {
    suggestion.addEventListener("click", () => {
      userMessage(suggestion.textContent);
      send(activity({ type: "message", text: suggestion.textContent }));
    });
  }

  // As Bot Framework Web Chat does: announce the bot joining, so it greets first.
  if (!sessionStorage.getItem("alignmentbot.greeted")) {
    sessionStorage.setItem("alignmentbot.greeted", "1");
    send(activity({ type: "conversationUpdate", membersAdded: [bot] }));
  }
})();
