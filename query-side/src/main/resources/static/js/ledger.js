// Ledger pages: closing a task by attaching its evidence (对账销号). One button opens the file chooser and the
// file picked is sent at once (a phone has room for one large button, not a file field and a button). The file goes to the command API's
// task evidence upload with the session and CSRF token (evaltrack.send); a refusal shows the problem's
// detail, already in the page's language. The ledger is a read model that follows the events a moment
// later: after an accepted upload the page is loaded at the upload's position (Evaltrack-Position), answered
// once the ledger holds it; only an answer without a position falls back to fetching until the task shows closed.
(function () {
    'use strict';

    var POLLS = 20;
    var POLL_MS = 500;

    function show(element, text) {
        element.textContent = text;
        element.hidden = !text;
    }

    function closedIn(html, taskId) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var row = page.getElementById('task-' + taskId);
        return row !== null && row.getAttribute('data-closed') === 'true';
    }

    function reloadWhenClosed(taskId, left) {
        fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.text(); })
            .then(function (html) {
                if (closedIn(html, taskId) || left <= 0) {
                    window.location.reload();
                } else {
                    window.setTimeout(function () { reloadWhenClosed(taskId, left - 1); }, POLL_MS);
                }
            });
    }

    function withoutPosition(href) {
        var url = new URL(href);
        url.searchParams.delete('position');
        return url.toString();
    }

    function submit(event) {
        event.preventDefault();
        send(event.target);
    }

    function send(form) {
        var alert = form.querySelector('[role="alert"]');
        var status = form.querySelector('[role="status"]');
        var button = form.querySelector('button');
        show(alert, '');
        button.disabled = true;
        window.evaltrack.send('POST', form.getAttribute('data-url'), new FormData(form))
            .then(function (response) {
                if (response.ok) {
                    show(status, form.getAttribute('data-uploaded') || '');
                    var position = window.evaltrack.positionOf(response);
                    if (position) {
                        // answered once the ledger holds the close-out: no polling
                        window.location.assign(window.evaltrack.withPosition(withoutPosition(window.location.href), position));
                    } else {
                        reloadWhenClosed(form.getAttribute('data-task'), POLLS);
                    }
                    return;
                }
                button.disabled = false;
                // the same file may be picked again after the refusal's cause is fixed
                form.querySelector('input[type="file"]').value = '';
                return response.json().then(function (problem) {
                    show(alert, window.evaltrack.problemText(problem, response.status));
                }, function () {
                    show(alert, String(response.status));
                });
            }, function (failure) {
                button.disabled = false;
                show(alert, String(failure));
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form.close-out').forEach(function (form) {
            var file = form.querySelector('input[type="file"]');
            form.addEventListener('submit', submit);
            form.querySelector('button').addEventListener('click', function () { file.click(); });
            file.addEventListener('change', function () {
                if (file.files.length > 0) {
                    send(form);
                }
            });
        });
    });
}());
