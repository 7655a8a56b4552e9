// The local page plays Teams: it posts Bot Framework activities to /api/messages, with a
// serviceUrl that points back at this server, which keeps the bot's replies for the page to fetch.
'use strict';

const conversationId = 'local-' + crypto.randomUUID();
const serviceUrl = location.origin + '/local/connector/';
const user = { id: 'local-user', name: 'Du', aadObjectId: 'local-user' };
const bot = { id: 'riktlinjebot', name: 'Riktlinjeboten' };
const locale = navigator.language && navigator.language.startsWith('en') ? 'en-US' : 'sv-SE';
const conversationView = document.getElementById('conversation');
const typing = document.getElementById('typing');
const problem = document.getElementById('problem');
let received = 0;
let sequence = 0;

function activity(fields) {
  sequence += 1;
  return Object.assign({
    id: conversationId + '-' + sequence,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale,
    from: user,
    recipient: bot,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'local' },
    channelData: { tenant: { id: 'local' } },
  }, fields);
}

async function post(fields) {
  problem.hidden = true;
  try {
    const response = await fetch('/api/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(activity(fields)),
    });
    if (!response.ok) {
      showProblem('Boten svarade ' + response.status + ': ' + await response.text());
    }
  } catch (error) {
    showProblem('Boten går inte att nå: ' + error.message);
  }
}

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = false;
}

// The few markdown forms the bot writes: paragraphs, lines starting with "- ", **bold**, _italic_.
function markdown(text) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.split(/\n{2,}/).map((paragraph) => {
    const inline = paragraph
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:!?\[])/g, '$1<em>$2</em>')
      .replace(/\n/g, '<br>');
    return '<p>' + inline + '</p>';
  }).join('');
}

AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown(text);
  result.didProcess = true;
};

function bubble(from) {
  const element = document.createElement('article');
  element.className = 'message from-' + from;
  conversationView.appendChild(element);
  return element;
}

function showCitations(element, entities) {
  const message = (entities || []).find((e) => Array.isArray(e.citation));
  if (!message) {
    return;
  }
  const footer = document.createElement('footer');
  footer.className = 'citations';
  const list = document.createElement('ol');
  for (const claim of message.citation) {
    const item = document.createElement('li');
    const appearance = claim.appearance || {};
    item.textContent = [appearance.name].concat(appearance.keywords || []).filter(Boolean).join(' · ');
    list.appendChild(item);
  }
  footer.appendChild(list);
  element.appendChild(footer);
}

function showCard(element, content) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.onExecuteAction = (action) => {
    if (action instanceof AdaptiveCards.SubmitAction) {
      // Teams posts an Action.Submit as a message whose value is the button's data with the card's inputs.
      post({ type: 'message', value: action.data });
    }
  };
  card.parse(content);
  const rendered = card.render();
  if (rendered) {
    const holder = document.createElement('div');
    holder.className = 'card';
    holder.appendChild(rendered);
    element.appendChild(holder);
  }
}

function show(received) {
  if (received.type === 'typing') {
    typing.hidden = false;
    return;
  }
  if (received.type !== 'message') {
    return;
  }
  typing.hidden = true;
  const element = bubble('bot');
  if (received.text) {
    element.insertAdjacentHTML('beforeend', markdown(received.text));
  }
  for (const attachment of received.attachments || []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
      showCard(element, attachment.content);
    }
  }
  showCitations(element, received.entities);
  element.scrollIntoView({ block: 'end' });
}

async function fetchReplies() {
  try {
    const response = await fetch('/local/conversations/' + encodeURIComponent(conversationId)
      + '/activities?after=' + received);
    if (response.ok) {
      const page = await response.json();
      page.activities.forEach(show);
      received = page.next;
    }
  } catch (unreachable) {
    // The next round tries again; a restarting bot is back within seconds.
  }
  setTimeout(fetchReplies, 250);
}

document.getElementById('ask').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('question');
  const text = input.value.trim();
  if (!text) {
    return;
  }
  bubble('user').textContent = text;
  input.value = '';
  post({ type: 'message', text });
});

fetchReplies();
post({ type: 'conversationUpdate', membersAdded: [bot] });
