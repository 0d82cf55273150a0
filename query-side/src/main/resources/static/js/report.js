// Scorecard: the report's two texts and a bonus claim go to the command API (evaltrack.send carries the
// session's CSRF token); a refusal shows the problem's detail, already in the page's language.
(function () {
    'use strict';

    function show(element, text) {
        element.textContent = text;
        element.hidden = !text;
    }

    function answered(form, response) {
        var alert = form.querySelector('[role="alert"]');
        var status = form.querySelector('[role="status"]');
        form.querySelector('button[type="submit"]').disabled = false;
        if (response.ok) {
            show(status, form.getAttribute('data-saved'));
            var position = window.evaltrack.positionOf(response);
            return (response.status === 201 ? response.json().catch(function () { return {}; }) : Promise.resolve({}))
                .then(function (created) { created.position = position; return created; });
        }
        return response.json().then(function (problem) {
            show(alert, window.evaltrack.problemText(problem, response.status));
        }, function () {
            show(alert, String(response.status));
        }).then(function () { return false; });
    }

    function send(form, method, body) {
        show(form.querySelector('[role="alert"]'), '');
        show(form.querySelector('[role="status"]'), '');
        form.querySelector('button[type="submit"]').disabled = true;
        return window.evaltrack.send(method, form.getAttribute('data-url'), body)
            .then(function (response) { return answered(form, response); }, function (failure) {
                form.querySelector('button[type="submit"]').disabled = false;
                show(form.querySelector('[role="alert"]'), String(failure));
                return false;
            });
    }

    function saveSection(event) {
        event.preventDefault();
        var form = event.target;
        send(form, 'PUT', { text: form.querySelector('textarea').value });
    }

    // the list (and the totals panel, when the page shows one) is answered once the read side holds the new
    // claim: at the claim's position when the answer named it, else when the list shows the claim (bounded)
    function refreshBonusList(form, claimId, position) {
        if (!claimId || !window.htmx) {
            return;
        }
        var list = form.getAttribute('data-list');
        window.htmx.ajax('GET', window.evaltrack.withPosition(list + '?claim=' + encodeURIComponent(claimId), position),
                         { target: '#bonus-claims', swap: 'outerHTML' });
        if (position && document.getElementById('totals')) {
            window.htmx.ajax('GET', window.evaltrack.withPosition(list.replace(/bonus-panel$/, 'totals-panel'), position),
                             { target: '#totals', swap: 'outerHTML' });
        }
    }

    function claimBonus(event) {
        event.preventDefault();
        var form = event.target;
        var value = function (name) { return form.querySelector('[name="' + name + '"]').value; };
        send(form, 'POST', { level: value('level'), title: value('title'), source: value('source') || null,
                             awardedOn: value('awardedOn') })
            .then(function (created) {
                if (created) {
                    form.querySelector('[name="title"]').value = '';
                    form.querySelector('[name="source"]').value = '';
                    refreshBonusList(form, created.id, created.position);
                }
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form.report-section').forEach(function (form) {
            form.addEventListener('submit', saveSection);
        });
        var bonus = document.getElementById('bonus-claim-form');
        if (bonus) {
            bonus.addEventListener('submit', claimBonus);
        }
    });
}());
