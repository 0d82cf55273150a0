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

    // a refusal as the reader should see it: the problem's detail (already in the page's language) and,
    // for a validation failure, the fields it names
    function problemText(problem, status) {
        if (!problem || typeof problem !== 'object') {
            return String(status);
        }
        var text = problem.detail || problem.title || String(status);
        if (Array.isArray(problem.details) && problem.details.length > 0) {
            text += ' (' + problem.details.join('; ') + ')';
        }
        return text;
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

    window.evaltrack = { send: send, csrf: csrf, problemText: problemText, positionOf: positionOf, withPosition: withPosition };
}());
