// Shows the cheapest items of the price list generated at image build time.
fetch('prices.txt')
  .then((response) => (response.ok ? response.text() : ''))
  .then((text) => {
    const rows = text.trim().split('\n').filter(Boolean).slice(0, 20);
    document.getElementById('status').textContent = rows.length ? `${rows.length} cheapest items:` : 'no prices';
    document.getElementById('prices').textContent = rows.join('\n');
  });
