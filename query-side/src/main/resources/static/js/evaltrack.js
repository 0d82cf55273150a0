// The little script pages share: every htmx request and every evaltrack.send() call carries the
// CSRF token from the layout's meta tags, so pages can post to the command API with the session.
(function () {
    'use strict';

    function csrf() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? { header: header.content, token: token.content } : null;
    }

    document.addEventListener('htmx:configRequest', function (event) {
        var t = csrf();
        if (t) {
            event.detail.headers[t.header] = t.token;
        }
    });

    // send('POST', '/api/...', {json}) or send('POST', '/api/...', formData): a fetch with the
    // session cookie, the CSRF header and the page's language for problem texts.
    function send(method, url, body, headers) {
        var h = Object.assign({ 'Accept': 'application/json, application/problem+json',
                                'Accept-Language': document.documentElement.lang || 'zh-CN' }, headers || {});
        var t = csrf();
        if (t) {
            h[t.header] = t.token;
        }
        var payload = body;
        if (body !== undefined && body !== null && !(body instanceof FormData)) {
            h['Content-Type'] = 'application/json';
            payload = JSON.stringify(body);
        }
        return fetch(url, { method: method, headers: h, body: payload, credentials: 'same-origin' });
    }

    // a refusal as the reader should see it: one sentence, the problem's detail (already in the page's language),
    // never its code, ids or field paths
    function problemText(problem, status) {
        if (!problem || typeof problem !== 'object') {
            return String(status);
        }
        var plain = problem.code ? document.querySelector('meta[name="evaltrack-problem-' + problem.code + '"]') : null;
        if (plain) {
            // the API's detail points at its list of fields ("see details"): the page says it in a clerk's words and
            // adds the limit sentences, leaving out entries that name a field path ("claims[0].score: ...")
            var said = (problem.details || []).filter(function (d) {
                return typeof d === 'string' && d.trim() !== '' && !/^[A-Za-z_][\w.\[\]]*\s*:/.test(d);
            });
            return said.length ? plain.content + ' ' + said.join(' ') : plain.content;
        }
        return problem.detail || problem.title || String(status);
    }

    // a refusal about a score field: a score out of range is said with the indicator, the value given and
    // what is allowed, from the sentences the page put on the field (data-too-high / data-too-low, {0} the value)
    function fieldProblemText(problem, status, input) {
        if (problem && problem.code === 'SCORE_OUT_OF_RANGE' && input && input.dataset.tooHigh) {
            var value = input.value.trim();
            var max = input.dataset.max || input.max;
            var high = max !== '' && max !== undefined && Number(value) > Number(max);
            return (high ? input.dataset.tooHigh : input.dataset.tooLow).split('{0}').join(value);
        }
        return problemText(problem, status);
    }

    // a required field left blank (or blanks only), said before anything is sent: "please fill in <label>"
    function blankField(form, sentence) {
        var fields = form.querySelectorAll('input[required], textarea[required]');
        for (var i = 0; i < fields.length; i++) {
            if (fields[i].type !== 'file' && fields[i].value.trim() === '') {
                var label = form.querySelector('label[for="' + fields[i].id + '"]');
                return sentence.split('{0}').join(label ? label.textContent.trim() : fields[i].name);
            }
        }
        return null;
    }

    // Read-your-writes: a command's answer names the position of its event (Evaltrack-Position); a page or panel
    // read with ?position= is answered only once the read side holds that change, so no page shows a state
    // older than the reader's own last action, and no page has to sleep or poll for it
    function positionOf(response) {
        var sent = response && response.headers ? response.headers.get('Evaltrack-Position') : null;
        return sent && /^[0-9]+$/.test(sent) ? sent : null;
    }

    function withPosition(url, position) {
        if (!position) {
            return url;
        }
        var hash = url.indexOf('#');
        var anchor = hash < 0 ? '' : url.substring(hash);
        var base = hash < 0 ? url : url.substring(0, hash);
        return base + (base.indexOf('?') < 0 ? '?' : '&') + 'position=' + encodeURIComponent(position) + anchor;
    }

    // a panel read at a position the read side did not reach in time (503) must not keep showing the state
    // before the change: the panel says so instead, in the page's language
    document.addEventListener('htmx:responseError', function (event) {
        var xhr = event.detail.xhr;
        var target = event.detail.target;
        if (!xhr || xhr.status !== 503 || !target) {
            return;
        }
        var text;
        try {
            text = problemText(JSON.parse(xhr.responseText), xhr.status);
        } catch (ignored) {
            text = String(xhr.status);
        }
        var note = document.createElement('p');
        note.className = 'problem';
        note.setAttribute('role', 'alert');
        note.textContent = text;
        target.replaceChildren(note);
    });

    // an address naming an indicator (#indicator-1.1.1, #review-1.1.1) opens that indicator's form and the
    // sections around it, so a link or the return after a change lands on the indicator being edited
    function openTarget() {
        var id = decodeURIComponent(window.location.hash.substring(1));
        var target = id ? document.getElementById(id) : null;
        if (!target) {
            return;
        }
        for (var d = target.closest('details'); d; d = d.parentElement.closest('details')) {
            d.open = true;
        }
        var form = target.querySelector('details.claim, details.adjust');
        if (form) {
            form.open = true;
        }
        target.scrollIntoView({ block: 'start' });
    }
    document.addEventListener('DOMContentLoaded', openTarget);
    window.addEventListener('hashchange', openTarget);

    window.evaltrack = { send: send, csrf: csrf, problemText: problemText, fieldProblemText: fieldProblemText, blankField: blankField, positionOf: positionOf, withPosition: withPosition };
}());
