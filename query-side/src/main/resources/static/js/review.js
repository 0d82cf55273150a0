// The review console: each form is one call of the command API (data-url under the assessment),
// its named inputs the JSON body. Refusals show the API's own text; after a change the page is
// loaded again at the change's position (Evaltrack-Position), answered once the read side holds it; without
// a position, once the read model shows a newer change (the "after" parameter).
(function () {
    'use strict';

    var root = document.getElementById('review');
    if (!root) {
        return;
    }
    var assessment = root.dataset.assessment;
    var api = '/api/assessments/' + encodeURIComponent(assessment);
    var dialog = document.getElementById('confirm-dialog');

    function confirmed(text) {
        return new Promise(function (resolve) {
            document.getElementById('confirm-text').textContent = text;
            var yes = document.getElementById('confirm-yes');
            var no = document.getElementById('confirm-no');
            var done = function (answer) {
                yes.onclick = null;
                no.onclick = null;
                dialog.close();
                resolve(answer);
            };
            yes.onclick = function () { done(true); };
            no.onclick = function () { done(false); };
            dialog.showModal();
        });
    }

    function body(form) {
        if (form.dataset.noBody) {
            return null;
        }
        var json = {};
        form.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (field) {
            var value = field.value;
            if (field.hasAttribute('data-number')) {
                json[field.name] = value.trim() === '' ? null : Number(value);
            } else if (value !== '' || field.required) {
                json[field.name] = value;
            }
        });
        return json;
    }

    document.querySelectorAll('form.api-form').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var message = form.querySelector('.message');
            message.textContent = '';
            if (!form.reportValidity()) {
                return;
            }
            var blank = evaltrack.blankField(form, root.dataset.blank);
            if (blank) {
                message.textContent = blank;
                return;
            }
            var ask = form.dataset.confirm ? confirmed(form.dataset.confirm) : Promise.resolve(true);
            ask.then(function (yes) {
                if (!yes) {
                    return;
                }
                evaltrack.send('POST', api + form.dataset.url, body(form)).then(function (response) {
                    if (response.ok) {
                        // evidence decisions leave the totals alone: the console waits for that evidence instead
                        var wait = form.dataset.evidence ? '&evidence=' + encodeURIComponent(form.dataset.evidence)
                            : '&after=' + encodeURIComponent(root.dataset.changedAt || '');
                        var position = evaltrack.positionOf(response);
                        if (position) {
                            wait = form.dataset.evidence ? '&evidence=' + encodeURIComponent(form.dataset.evidence) : '';
                        }
                        // back to the indicator just adjusted
                        window.location.assign(evaltrack.withPosition('/review/' + encodeURIComponent(assessment)
                            + '?done=' + form.dataset.done + wait, position) + (form.dataset.code ? '#review-' + form.dataset.code : ''));
                        return;
                    }
                    response.json().then(function (problem) {
                        message.textContent = evaltrack.fieldProblemText(problem, response.status, form.querySelector('[data-too-high]'));
                    }, function () {
                        message.textContent = String(response.status);
                    });
                });
            });
        });
    });
}());
