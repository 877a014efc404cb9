// Shows the build stamp written at image build time.
fetch('version.txt')
  .then((response) => (response.ok ? response.text() : 'unknown build'))
  .then((text) => {
    document.getElementById('status').textContent = text.trim();
  });
