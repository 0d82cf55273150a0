// The office's set-up pages: each form.setup-form is one call of the command API (data-url), its named
// fields the JSON body. A refusal shows the problem's detail beside the form (evaltrack.send asks in the
// page's language). After a change the page is loaded again with done= and the id of what changed, and
// the server waits until its lists show it: the command is answered before the read models follow.
(function () {
    'use strict';

    function body(form) {
        if (form.dataset.noBody) {
            return null;
        }
        var json = {};
        form.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (field) {
            // an optional field left empty is not sent: "no unit" is an absent unitId, not ""
            if (field.value !== '' || field.required) {
                json[field.name] = field.value;
            }
        });
        return json;
    }

    function reload(form, answer, position) {
        var params = new URLSearchParams();
        var tasks = document.getElementById('tasks');
        if (tasks && tasks.dataset.assessment) {
            params.set('assessment', tasks.dataset.assessment);
        }
        params.set('done', form.dataset.done);
        params.set('shown', form.dataset.shown || (answer && answer.id) || '');
        var leader = form.querySelector('[name="leaderId"]');
        if (form.dataset.done === 'reassigned' && leader) {
            params.set('leader', leader.value);
        }
        // back at the list that shows the change, where the page confirms it
        if (position) {
            // the page is answered once the read side holds the change
            params.set('position', position);
        }
        var section = form.closest('section[id]');
        var anchor = form.dataset.done === 'assigned' ? '#tasks' : (section ? '#' + section.id : '');
        window.location.assign(window.location.pathname + '?' + params.toString() + anchor);
    }

    function submit(event) {
        event.preventDefault();
        var form = event.target;
        var message = form.querySelector('.message');
        var button = form.querySelector('button[type="submit"]');
        message.textContent = '';
        if (!form.reportValidity()) {
            return;
        }
        // blanks only pass the browser's check; say so in the page's words rather than send them
        var blank = window.evaltrack.blankField(form, form.closest('main').dataset.blank);
        if (blank) {
            message.textContent = blank;
            return;
        }
        button.disabled = true;
        window.evaltrack.send('POST', form.dataset.url, body(form)).then(function (response) {
            return response.json().then(function (answer) {
                return { response: response, answer: answer };
            }, function () {
                return { response: response, answer: null };
            });
        }).then(function (result) {
            if (result.response.ok) {
                reload(form, result.answer, window.evaltrack.positionOf(result.response));
                return;
            }
            button.disabled = false;
            message.textContent = window.evaltrack.problemText(result.answer, result.response.status);
        }, function (failure) {
            button.disabled = false;
            message.textContent = String(failure);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form.setup-form').forEach(function (form) {
            form.addEventListener('submit', submit);
        });
    });
}());
