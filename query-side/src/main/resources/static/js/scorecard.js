// The unit scorecard page: claims, evidence uploads and submission go to the command API; the running
// totals are never computed here but swapped in from the totals panel (the totals query) after a change.
(function () {
    'use strict';

    var root = document.getElementById('scorecard');
    if (!root) {
        return;
    }
    var assessment = root.dataset.assessment;
    var api = '/api/assessments/' + encodeURIComponent(assessment);
    var page = '/assessments/' + encodeURIComponent(assessment);

    function problemText(response) {
        return response.json().then(function (problem) {
            return evaltrack.problemText(problem, response.status);
        }, function () {
            return String(response.status);
        });
    }

    function changedAt() {
        var totals = document.getElementById('totals');
        return totals ? totals.dataset.changedAt || '' : '';
    }

    // ---- claims ----------------------------------------------------------------------------------
    document.querySelectorAll('form.claim-form').forEach(function (form) {
        form.querySelector('.add-figure').addEventListener('click', function () {
            var template = form.querySelector('template.figure-template');
            template.parentNode.insertBefore(template.content.cloneNode(true), template);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var code = form.dataset.code;
            var message = form.querySelector('.message');
            var figures = [];
            form.querySelectorAll('.figure-row').forEach(function (row) {
                if (row.closest('template')) {
                    return;
                }
                var name = row.querySelector('[name=figureName]').value.trim();
                var value = row.querySelector('[name=figureValue]').value.trim();
                var unit = row.querySelector('[name=figureUnit]').value.trim();
                if (name || value) {
                    figures.push({ name: name, value: value === '' ? null : Number(value), unit: unit || null });
                }
            });
            var score = form.querySelector('[name=claimedScore]').value.trim();
            var body = {
                claimedScore: score === '' ? null : Number(score),
                narrative: form.querySelector('[name=narrative]').value,
                reportedFigures: figures
            };
            var before = changedAt();
            message.textContent = '';
            message.classList.remove('error');
            var scoreInput = form.querySelector('[name=claimedScore]');
            var blank = evaltrack.blankField(form, root.dataset.blank);
            if (blank) {
                message.textContent = blank;
                message.classList.add('error');
                return;
            }
            evaltrack.send('PUT', api + '/claims/' + encodeURIComponent(code), body).then(function (response) {
                if (response.ok) {
                    // back to this indicator, its claim open, once the read side holds the claim
                    var position = evaltrack.positionOf(response);
                    var url = page + '?saved=' + encodeURIComponent(code) + (position ? '' : '&after=' + encodeURIComponent(before));
                    window.location.assign(evaltrack.withPosition(url, position) + '#indicator-' + code);
                } else {
                    response.json().then(function (problem) {
                        message.textContent = evaltrack.fieldProblemText(problem, response.status, scoreInput);
                        message.classList.add('error');
                    }, function () {
                        message.textContent = String(response.status);
                        message.classList.add('error');
                    });
                }
            });
        });
    });

    // ---- evidence withdrawal -----------------------------------------------------------------------
    // the totals do not change with it, so the page is loaded again naming the evidence the server waits for
    document.querySelectorAll('form.withdraw-form').forEach(function (form) {
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
            var evidence = form.dataset.evidence;
            evaltrack.send('POST', api + '/evidence/' + encodeURIComponent(evidence) + '/withdrawal',
                { reason: form.querySelector('[name=reason]').value }).then(function (response) {
                if (response.ok) {
                    window.location.assign(evaltrack.withPosition(page + '?done=withdrawn&evidence=' + encodeURIComponent(evidence),
                        evaltrack.positionOf(response)));
                } else {
                    problemText(response).then(function (text) {
                        message.textContent = text;
                    });
                }
            });
        });
    });

    // ---- deadline countdown ----------------------------------------------------------------------
    var countdown = document.getElementById('countdown');
    if (countdown) {
        var due = new Date(countdown.dataset.due);
        var tick = function () {
            var left = due.getTime() - Date.now();
            var out = document.getElementById('countdown-left');
            if (left <= 0) {
                out.textContent = countdown.dataset.passed;
                return;
            }
            var days = Math.floor(left / 86400000);
            var hours = Math.floor((left % 86400000) / 3600000);
            out.textContent = countdown.dataset.left.replace('{0}', days).replace('{1}', hours);
        };
        setInterval(tick, 60000);
    }

    // ---- evidence upload ---------------------------------------------------------------------------
    var uploadForm = document.getElementById('upload-form');
    if (uploadForm) {
        var input = document.getElementById('upload-files');
        var zone = document.getElementById('dropzone');
        var list = document.getElementById('upload-progress');
        var uploadMessage = document.getElementById('upload-message');
        var chosen = [];
        var waiting = [];

        var addFiles = function (files) {
            Array.prototype.forEach.call(files, function (file) {
                chosen.push({ file: file, item: progressItem(file) });
            });
        };
        var progressItem = function (file) {
            var li = document.createElement('li');
            var name = document.createElement('span');
            name.className = 'file';
            name.textContent = file.name;
            var bar = document.createElement('progress');
            bar.max = 100;
            bar.value = 0;
            bar.setAttribute('aria-label', file.name);
            var status = document.createElement('span');
            status.className = 'upload-status';
            li.append(name, ' ', bar, ' ', status);
            list.appendChild(li);
            return li;
        };

        input.addEventListener('change', function () {
            addFiles(input.files);
            input.value = '';
        });
        zone.addEventListener('dragover', function (event) {
            event.preventDefault();
            zone.classList.add('dragging');
        });
        zone.addEventListener('dragleave', function () {
            zone.classList.remove('dragging');
        });
        zone.addEventListener('drop', function (event) {
            event.preventDefault();
            zone.classList.remove('dragging');
            addFiles(event.dataTransfer.files);
        });
        zone.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                input.click();
            }
        });

        // the capture time as an ISO instant: the local date and time read in the zone chosen beside it
        var capturedAt = function () {
            var value = document.getElementById('captured-at').value;
            if (!value) {
                return null;
            }
            var zoneChoice = document.getElementById('captured-zone').value;
            var text = value.length === 16 ? value + ':00' : value;
            var date = zoneChoice === 'local' ? new Date(text) : new Date(text + zoneChoice);
            return isNaN(date.getTime()) ? null : date.toISOString();
        };

        var sha256 = function (file) {
            if (!window.crypto || !crypto.subtle) {
                // WebCrypto is only offered on secure origins; the server's own hash is then shown unchecked
                return Promise.resolve(null);
            }
            return file.arrayBuffer().then(function (bytes) {
                return crypto.subtle.digest('SHA-256', bytes);
            }).then(function (digest) {
                return Array.prototype.map.call(new Uint8Array(digest), function (b) {
                    return ('0' + b.toString(16)).slice(-2);
                }).join('');
            });
        };

        var send = function (entry, codes, captured) {
            var status = entry.item.querySelector('.upload-status');
            var bar = entry.item.querySelector('progress');
            return sha256(entry.file).then(function (clientHash) {
                return new Promise(function (resolve) {
                    var data = new FormData();
                    data.append('file', entry.file, entry.file.name);
                    codes.forEach(function (code) {
                        data.append('indicatorCodes', code);
                    });
                    if (captured) {
                        data.append('capturedAt', captured);
                    }
                    if (clientHash !== null) {
                        // the server compares it with the bytes it received and refuses a mismatch
                        data.append('sha256', clientHash);
                    }
                    var xhr = new XMLHttpRequest();
                    xhr.open('POST', api + '/evidence');
                    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
                    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'zh-CN');
                    var t = evaltrack.csrf();
                    if (t) {
                        xhr.setRequestHeader(t.header, t.token);
                    }
                    xhr.upload.addEventListener('progress', function (event) {
                        if (event.lengthComputable) {
                            bar.value = Math.round(100 * event.loaded / event.total);
                        }
                    });
                    xhr.addEventListener('load', function () {
                        var body = {};
                        try {
                            body = JSON.parse(xhr.responseText || '{}');
                        } catch (ignored) {
                            body = {};
                        }
                        if (xhr.status >= 200 && xhr.status < 300) {
                            bar.value = 100;
                            var verdict = clientHash === null ? ''
                                : (clientHash === body.sha256 ? uploadForm.dataset.hashOk : uploadForm.dataset.hashMismatch);
                            status.textContent = uploadForm.dataset.done + ' ' + verdict;
                            entry.item.classList.add(clientHash !== null && clientHash !== body.sha256 ? 'error' : 'ok');
                            entry.item.dataset.sha256 = body.sha256 || '';
                            codes.forEach(function (code) {
                                var target = document.getElementById('evidence-' + code);
                                if (target) {
                                    var li = document.createElement('li');
                                    var file = document.createElement('span');
                                    file.className = 'file';
                                    file.textContent = body.fileName || entry.file.name;
                                    li.appendChild(file);
                                    target.appendChild(li);
                                }
                            });
                        } else {
                            status.textContent = uploadForm.dataset.failed + ' ' + evaltrack.problemText(body, xhr.status);
                            entry.item.classList.add('error');
                        }
                        resolve();
                    });
                    xhr.addEventListener('error', function () {
                        status.textContent = uploadForm.dataset.failed;
                        entry.item.classList.add('error');
                        resolve();
                    });
                    xhr.send(data);
                });
            });
        };

        var startAll = function (entries, codes, captured) {
            return entries.reduce(function (previous, entry) {
                return previous.then(function () {
                    return send(entry, codes, captured);
                });
            }, Promise.resolve());
        };

        uploadForm.addEventListener('submit', function (event) {
            event.preventDefault();
            uploadMessage.textContent = '';
            var codes = Array.prototype.map.call(document.getElementById('upload-indicators').selectedOptions,
                function (option) { return option.value; });
            if (codes.length === 0) {
                uploadMessage.textContent = uploadForm.dataset.pickIndicator;
                return;
            }
            var entries = chosen;
            chosen = [];
            var captured = capturedAt();
            if (!navigator.onLine) {
                // offline: keep the files and the moment they were captured; they go when the network is back
                var now = new Date().toISOString();
                entries.forEach(function (entry) {
                    entry.item.querySelector('.upload-status').textContent = uploadForm.dataset.waiting;
                    waiting.push({ entry: entry, codes: codes, captured: captured || now });
                });
                return;
            }
            startAll(entries, codes, captured);
        });

        window.addEventListener('online', function () {
            var queued = waiting;
            waiting = [];
            queued.reduce(function (previous, job) {
                return previous.then(function () {
                    return send(job.entry, job.codes, job.captured);
                });
            }, Promise.resolve());
        });
    }

    // ---- submission ---------------------------------------------------------------------------------
    var submitForm = document.getElementById('submit-form');
    if (submitForm) {
        var dialog = document.getElementById('submit-dialog');
        var texts = document.getElementById('submit-texts');
        var number = function (text) {
            return text === '' ? null : Number(text);
        };
        var declared = function () {
            return {
                base: submitForm.querySelector('[name=base]').value.trim(),
                bonus: submitForm.querySelector('[name=bonus]').value.trim(),
                total: submitForm.querySelector('[name=total]').value.trim()
            };
        };
        submitForm.addEventListener('submit', function (event) {
            event.preventDefault();
            // an empty declared total is said here, in the page's words, and never reaches the confirmation
            var message = document.getElementById('submit-message');
            var blank = evaltrack.blankField(submitForm, root.dataset.blank);
            message.textContent = blank || '';
            message.classList.toggle('error', !!blank);
            if (blank) {
                return;
            }
            var totals = document.getElementById('totals').dataset;
            var d = declared();
            var computed = { base: totals.base, bonus: totals.bonus, total: totals.total };
            ['base', 'bonus', 'total'].forEach(function (part) {
                var row = dialog.querySelector('tr[data-part=' + part + ']');
                row.querySelector('.declared').textContent = d[part];
                row.querySelector('.computed').textContent = computed[part];
                var same = d[part] !== '' && Number(d[part]) === Number(computed[part]);
                row.querySelector('.match').textContent = same ? texts.dataset.same : texts.dataset.differs;
                row.classList.toggle('differs', !same);
            });
            dialog.showModal();
        });
        document.getElementById('submit-cancel').addEventListener('click', function () {
            dialog.close();
        });
        document.getElementById('submit-confirm').addEventListener('click', function () {
            var d = declared();
            var before = changedAt();
            var message = document.getElementById('submit-message');
            evaltrack.send('POST', api + '/submission', {
                declared: { base: number(d.base), bonus: number(d.bonus), total: number(d.total) }
            }).then(function (response) {
                dialog.close();
                if (response.ok) {
                    var position = evaltrack.positionOf(response);
                    window.location.assign(position ? evaltrack.withPosition(page + '?done=submitted', position)
                        : page + '?done=submitted&after=' + encodeURIComponent(before));
                } else {
                    problemText(response).then(function (text) {
                        message.textContent = text;
                    });
                }
            });
        });
    }
}());
