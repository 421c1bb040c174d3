/* global document, location */
/* The demo page shows the tag to copy with this server's own address (a file: the page's CSP allows no inline script). */
document.getElementById('snippet').textContent = '<script src="' + new URL('widget.js', location.href).href + '" async></script>';
