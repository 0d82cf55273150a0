// Import page: the workbook goes to the command side's import endpoint (evaltrack.send carries the
// session's CSRF token). A 422 lists every row problem in the page's language: the problem gives each
// row's message in both languages, so the page picks one rather than trusting Accept-Language.
(function () {
    'use strict';

    var SCHEME_COUNTS = ['id', 'categories', 'indicators', 'subItems', 'bonusRules', 'vetoConditions'];
    var CLAIMS_COUNTS = ['claims', 'figures', 'bonusClaims'];

    function language() {
        return (document.documentElement.lang || 'zh-CN').toLowerCase().indexOf('en') === 0 ? 'en' : 'zh';
    }

    function label(holder, field) {
        var attribute = 'data-label-' + field.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
        return holder.getAttribute(attribute) || field;
    }

    function cell(row, text) {
        var td = document.createElement('td');
        td.textContent = text === undefined || text === null ? '' : String(text);
        row.appendChild(td);
        return td;
    }

    function reset(form) {
        var alert = form.querySelector('[role="alert"]');
        alert.textContent = '';
        alert.hidden = true;
        form.querySelector('.import-problems').hidden = true;
        form.querySelector('.import-problems tbody').replaceChildren();
        var result = form.querySelector('.import-result');
        result.replaceChildren();
        result.hidden = true;
    }

    function showProblems(form, problem, status) {
        var alert = form.querySelector('[role="alert"]');
        alert.textContent = window.evaltrack.problemText(problem, status);
        alert.hidden = false;
        var rows = problem && Array.isArray(problem.problems) ? problem.problems : [];
        if (rows.length === 0) {
            return;
        }
        var lang = language();
        var body = form.querySelector('.import-problems tbody');
        rows.forEach(function (p) {
            var tr = document.createElement('tr');
            tr.className = 'import-problem';
            tr.setAttribute('data-code', p.code || '');
            cell(tr, p.sheet);
            cell(tr, p.row).className = 'number';
            cell(tr, p.column);
            cell(tr, p.cell);
            cell(tr, p.value);
            var message = p.message && typeof p.message === 'object' ? (p.message[lang] || p.message.zh || p.message.en) : p.message;
            cell(tr, message);
            body.appendChild(tr);
        });
        form.querySelector('.import-problems').hidden = false;
    }

    function showResult(form, kind, answer, assessmentId) {
        var result = form.querySelector('.import-result');
        var heading = document.createElement('p');
        var done = kind === 'scheme' ? (answer.published ? 'data-scheme-done' : 'data-scheme-draft') : 'data-claims-done';
        heading.textContent = result.getAttribute(done);
        result.appendChild(heading);
        var list = document.createElement('dl');
        list.className = 'counts import-counts';
        (kind === 'scheme' ? SCHEME_COUNTS : CLAIMS_COUNTS).forEach(function (field) {
            var dt = document.createElement('dt');
            dt.textContent = label(result, field);
            var dd = document.createElement('dd');
            dd.className = 'count-' + field;
            dd.textContent = String(answer[field]);
            list.appendChild(dt);
            list.appendChild(dd);
        });
        result.appendChild(list);
        var onward = document.createElement('a');
        onward.className = 'import-onward';
        if (kind === 'scheme') {
            onward.href = '/dashboard?scheme=' + encodeURIComponent(answer.id);
            onward.textContent = result.getAttribute('data-open-scheme');
        } else {
            onward.href = '/assessments/' + encodeURIComponent(assessmentId);
            onward.textContent = result.getAttribute('data-open-assessment');
        }
        if (kind !== 'scheme' || answer.published) {
            result.appendChild(onward);
        }
        result.hidden = false;
    }

    // 补录: the office gives the day it happened; it is sent as noon of that day in Beijing, as the demo enters it
    function afterTheFact(form) {
        var day = form.querySelector('input[name="statedOn"]');
        if (!day || !day.value) {
            return {};
        }
        var reason = form.querySelector('input[name="statedReason"]').value.trim();
        return { 'Stated-At': day.value + 'T12:00:00+08:00', 'Stated-Reason': encodeURIComponent(reason) };
    }

    function submit(event) {
        event.preventDefault();
        var form = event.target;
        var kind = form.getAttribute('data-kind');
        var button = form.querySelector('button[type="submit"]');
        var url;
        var assessmentId = null;
        if (kind === 'scheme') {
            url = form.getAttribute('data-url');
            if (form.querySelector('input[name="publish"]').checked) {
                url += '?publish=true';
            }
        } else {
            assessmentId = form.querySelector('select[name="assessment"]').value;
            url = form.getAttribute('data-url-pattern').replace('/ASSESSMENT/', '/' + encodeURIComponent(assessmentId) + '/');
        }
        var data = new FormData();
        data.append('file', form.querySelector('input[type="file"]').files[0]);
        reset(form);
        button.disabled = true;
        window.evaltrack.send('POST', url, data, afterTheFact(form))
            .then(function (response) {
                button.disabled = false;
                return response.json().then(function (body) {
                    if (response.ok) {
                        showResult(form, kind, body, assessmentId);
                    } else {
                        showProblems(form, body, response.status);
                    }
                }, function () {
                    showProblems(form, null, response.status);
                });
            }, function (failure) {
                button.disabled = false;
                showProblems(form, { detail: String(failure) }, 0);
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form.import-form').forEach(function (form) {
            form.addEventListener('submit', submit);
        });
    });
}());
