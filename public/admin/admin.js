/* global document, Node, Chart */
/* The staff page: asks for the secret (kept in sessionStorage, for this tab only), then reads
   /admin/api/dashboard with it in a header and draws the charts and tables. Plain browser script. */
(function () {
  'use strict';

  var SECRET_KEY = 'faqAdminSecret';
  var HEADER = 'X-Admin-Secret';
  var CHANNELS = [['site', 'Site web'], ['teams', 'Teams'], ['emulator', 'Emulator'], ['autre', 'Autre']];
  var OUTCOMES = [['answered', 'Répondues'], ['suggested', '« Vouliez-vous dire… »'], ['notAvailable', 'Non disponibles'], ['unknown', '« Je ne sais pas »']];
  // Colour-blind-safe palette (Okabe-Ito); charts always have the same figures in a table below.
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];
  var charts = {};
  var current;

  var $ = function (id) { return document.getElementById(id); };
  var secret = function () { return sessionStorage.getItem(SECRET_KEY); };

  function percent(part, whole) {
    return whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0;
  }
  function frenchPercent(value) {
    return String(value).replace('.', ',') + ' %';
  }

  function showLogin(message) {
    sessionStorage.removeItem(SECRET_KEY);
    $('dashboard').hidden = true;
    $('logout').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('secret').focus();
  }

  function api(path, options) {
    options = options || {};
    var headers = { Accept: 'application/json' };
    headers[HEADER] = secret() || '';
    if (options.body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: options.method || 'GET', headers: headers, body: options.body, cache: 'no-store' }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (res.status === 401 || res.status === 429) {
          showLogin(res.status === 401 ? 'Secret incorrect.' : data.error);
          throw new Error('unauthorised');
        }
        return { status: res.status, data: data };
      });
    });
  }

  function load() {
    var query = $('from').value && $('to').value ? '?from=' + $('from').value + '&to=' + $('to').value : '';
    $('status').textContent = 'Chargement…';
    return api('/admin/api/dashboard' + query).then(function (res) {
      if (res.status !== 200) {
        $('status').textContent = res.data.error || 'Erreur ' + res.status;
        return;
      }
      $('login').hidden = true;
      $('dashboard').hidden = false;
      $('logout').hidden = false;
      render(res.data);
      $('status').textContent = res.data.records + ' enregistrements lus, du ' + frenchDay(res.data.from) + ' au ' + frenchDay(res.data.to) + '.';
    }).catch(function (error) {
      if (error.message !== 'unauthorised') $('status').textContent = 'Le bot ne répond pas : ' + error.message;
    });
  }

  function frenchDay(day) {
    var parts = day.split('-');
    return parts[2] + '/' + parts[1] + '/' + parts[0];
  }

  /* Tables: `columns` are [header, value(row)] pairs; cells are text (never HTML) except the cells built by `cell`. */
  function fillTable(id, columns, rows, empty) {
    var table = $(id);
    var head = document.createElement('tr');
    columns.forEach(function (column) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column[0];
      head.appendChild(th);
    });
    table.tHead.replaceChildren(head);
    var body = table.tBodies[0];
    body.replaceChildren();
    if (rows.length === 0) {
      var tr = document.createElement('tr');
      var td = document.createElement('td');
      td.colSpan = columns.length;
      td.className = 'empty';
      td.textContent = empty;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      columns.forEach(function (column, index) {
        var td = document.createElement(index === 0 ? 'th' : 'td');
        if (index === 0) td.scope = 'row';
        var value = column[1](row);
        if (value instanceof Node) td.appendChild(value);
        else td.textContent = value;
        if (column[2]) td.dataset.csv = column[2](row);
        if (typeof value === 'number') td.className = 'number';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function render(data) {
    current = data;
    $('from').value = data.from;
    $('to').value = data.to;
    var totals = data.totals;
    $('total-questions').textContent = totals.questions;
    $('share-answered').textContent = frenchPercent(percent(totals.byOutcome.answered, totals.questions));
    $('share-suggested').textContent = frenchPercent(percent(totals.byOutcome.suggested, totals.questions));
    $('share-not-available').textContent = frenchPercent(percent(totals.byOutcome.notAvailable, totals.questions));
    $('share-unknown').textContent = frenchPercent(percent(totals.byOutcome.unknown, totals.questions));

    fillTable('table-channels', [['Jour', function (d) { return frenchDay(d.day); }, function (d) { return d.day; }]]
      .concat(CHANNELS.map(function (c) { return [c[1], function (d) { return d.byChannel[c[0]]; }]; }))
      .concat([['Total', function (d) { return d.questions; }]]), data.days, 'Aucun jour dans la période.');
    fillTable('table-outcomes', [['Jour', function (d) { return frenchDay(d.day); }, function (d) { return d.day; }], ['Questions', function (d) { return d.questions; }]]
      .concat(OUTCOMES.map(function (o) {
        return [o[1], function (d) { return d.byOutcome[o[0]] + ' (' + frenchPercent(percent(d.byOutcome[o[0]], d.questions)) + ')'; }, function (d) { return String(d.byOutcome[o[0]]); }];
      })), data.days, 'Aucun jour dans la période.');
    fillTable('table-unanswered', [
      ['Question', function (g) { return g.label; }],
      ['Fois', function (g) { return g.count; }],
      ['Conversations', function (g) { return g.conversations; }],
      ['Formulations', function (g) { return g.phrasings.map(function (p) { return p.text + ' (' + p.count + ')'; }).join(' · '); }],
      ['Proposition', function (g) {
        if (g.proposal) return 'Ajouter cette formulation à « ' + g.proposal.title + ' » (' + g.proposal.file + ')';
        if (g.alreadyIn) return 'Déjà une formulation de « ' + g.alreadyIn.title + ' » : le bot y répond désormais.';
        return 'Aucune entrée proche : une nouvelle entrée est à écrire (ou une réponse « non disponible »).';
      }],
      ['Action', function (g) { return g.proposal ? applyButton(g.proposal) : ''; }, function () { return ''; }],
    ], data.unanswered, 'Aucune question sans réponse sur la période.');
    fillTable('table-alternates', [
      ['Texte tapé', function (p) { return p.question; }],
      ['Entrée choisie', function (p) { return p.title + (p.downvotes ? ' (⚠ ' + p.downvotes + ' 👎 : vérifiez sa réponse)' : ''); }],
      ['Choix', function (p) { return p.picks; }],
      ['Conversations', function (p) { return p.conversations; }],
      ['Action', function (p) { return applyButton(p); }, function () { return ''; }],
    ], data.alternates, 'Aucune proposition (il en faut dans 3 conversations au moins).');
    fillTable('table-ratings', [
      ['Entrée', function (r) { return r.title || r.entryId + ' (supprimée)'; }],
      ['👎 Pas utile', function (r) { return r.down; }],
      ['👍 Utile', function (r) { return r.up; }],
      ['Réponse', function (r) { return answerCell(r.answer); }, function (r) { return r.answer || ''; }],
    ], data.ratings, 'Aucun avis sur la période.');
    drawCharts(data);
  }

  function answerCell(answer) {
    if (!answer) return '';
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    summary.textContent = 'Voir la réponse';
    var text = document.createElement('div');
    text.className = 'answer';
    text.textContent = answer;
    details.append(summary, text);
    return details;
  }

  function applyButton(proposal) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'apply';
    button.textContent = 'Ajouter';
    button.setAttribute('aria-label', 'Ajouter « ' + proposal.question + ' » à « ' + proposal.title + ' »');
    button.addEventListener('click', function () {
      button.disabled = true;
      $('status').textContent = 'Ajout en cours…';
      api('/admin/api/apply', { method: 'POST', body: JSON.stringify({ entryId: proposal.entryId, question: proposal.question, from: current.from, to: current.to }) })
        .then(function (res) {
          var message = res.data.message || res.data.error || 'Erreur ' + res.status;
          if (res.data.problems) message += ' ' + res.data.problems.join(' ; ');
          return (res.data.applied ? load() : Promise.resolve()).then(function () {
            $('status').textContent = message;
            if (!res.data.applied) button.disabled = false;
          });
        })
        .catch(function () { button.disabled = false; });
    });
    return button;
  }

  function drawCharts(data) {
    if (typeof Chart === 'undefined') return;
    var labels = data.days.map(function (d) { return frenchDay(d.day).slice(0, 5); });
    var common = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
    };
    var draw = function (id, datasets, extra) {
      if (charts[id]) charts[id].destroy();
      charts[id] = new Chart($(id), { type: 'bar', data: { labels: labels, datasets: datasets }, options: Object.assign({}, common, extra) });
    };
    draw('chart-channels', CHANNELS.map(function (c, i) {
      return { label: c[1], data: data.days.map(function (d) { return d.byChannel[c[0]]; }), backgroundColor: COLOURS[i] };
    }), { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'questions' } } } });
    draw('chart-outcomes', OUTCOMES.map(function (o, i) {
      return { label: o[1], data: data.days.map(function (d) { return percent(d.byOutcome[o[0]], d.questions); }), backgroundColor: COLOURS[i] };
    }), { scales: { x: { stacked: true }, y: { stacked: true, min: 0, max: 100, title: { display: true, text: '% des questions du jour' } } } });
  }

  /* CSV for Excel in French: `;` between fields, UTF-8 with a BOM, quotes doubled. */
  function tableCsv(id) {
    var table = $(id);
    var lines = [];
    Array.prototype.forEach.call(table.rows, function (row) {
      if (row.querySelector('td.empty')) return;
      lines.push(Array.prototype.map.call(row.cells, function (cell) {
        var text = cell.dataset.csv !== undefined ? cell.dataset.csv : cell.textContent;
        return '"' + text.replace(/"/g, '""') + '"';
      }).join(';'));
    });
    return lines.join('\r\n') + '\r\n';
  }

  function download(id) {
    var blob = new Blob(['\ufeff' + tableCsv(id)], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = id.replace('table-', '') + '-' + (current ? current.from + '_' + current.to : 'export') + '.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login').addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(SECRET_KEY, $('secret').value);
      $('secret').value = '';
      load();
    });
    $('period').addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    $('logout').addEventListener('click', function () { showLogin(''); });
    Array.prototype.forEach.call(document.querySelectorAll('button.csv'), function (button) {
      button.addEventListener('click', function () { download(button.dataset.table); });
    });
    if (secret()) load();
    else showLogin('');
  });
})();
