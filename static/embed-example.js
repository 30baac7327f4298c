// The embedding snippet of docs/embedding.md, as a wiki page carries it:
// size the iframe to the height the viewer posts.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('gazette');
  if (!frame || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.type !== 'gazette:height' || !Number.isFinite(message.height)) return;
  frame.style.height = `${Math.ceil(message.height)}px`;
  const shown = document.getElementById('gazette-height');
  if (shown) shown.textContent = `${Math.ceil(message.height)} px`;
});
