;;; fix-preferred.el --- Eglot against the captureguard server, headless  -*- lexical-binding: t; -*-

;; Run as: emacs --batch -Q -l fix-preferred.el
;; Opens a Go file, waits for a loopvar-capture diagnostic (Flymake, fed by Eglot), asks for
;; quickfix code actions there, applies the preferred one, saves, and compares the file with the
;; expected text. Exits 0 on success, 1 with a reason otherwise.
;;
;; Environment: CG_SERVER (executable that runs `captureguard serve'), CG_FILE (the Go file),
;; CG_EXPECTED (the text expected after the fix), CG_WAIT_MS (how long to wait for diagnostics).

(require 'eglot)
(require 'flymake)
(require 'project)

(defun cg-fail (format-string &rest args)
  (message "emacs: %s" (apply #'format format-string args))
  (kill-emacs 1))

(defun cg-read (path)
  (with-temp-buffer
    (let ((coding-system-for-read 'utf-8))
      (insert-file-contents-literally path)
      (decode-coding-region (point-min) (point-max) 'utf-8)
      (buffer-string))))

;; No Go major mode ships with Emacs (go-ts-mode needs a grammar): a plain one is enough here.
(define-derived-mode cg-go-mode prog-mode "Go")
(put 'cg-go-mode 'eglot-language-id "go")

(let* ((file (getenv "CG_FILE"))
       (root (file-name-directory file))
       (wait-seconds (/ (string-to-number (or (getenv "CG_WAIT_MS") "20000")) 1000.0)))
  ;; The test folder is no VCS checkout: treat it as a project of its own.
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
  (setq eglot-server-programs `((cg-go-mode . (,(getenv "CG_SERVER"))))
        eglot-confirm-server-edits nil
        eglot-sync-connect t
        eglot-autoshutdown t)
  (condition-case err
      (progn
        (find-file file)
        (cg-go-mode)
        (eglot-ensure)
        ;; eglot-ensure connects from post-command-hook, which batch mode never runs.
        (run-hooks 'post-command-hook)
        (unless (eglot-current-server)
          (cg-fail "Eglot did not connect"))
        (flymake-mode 1)
        (let ((deadline (+ (float-time) wait-seconds))
              found)
          (while (and (not found) (< (float-time) deadline))
            (flymake-start)
            (accept-process-output nil 0.1)
            (setq found (seq-find (lambda (d) (string-match-p "loopvar-capture\\|shares one"
                                                              (flymake-diagnostic-text d)))
                                  (flymake-diagnostics))))
          (unless found
            (cg-fail "no loopvar-capture diagnostic within %.1f s (diagnostics: %S)"
                     wait-seconds (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
          (let* ((actions (eglot-code-actions (flymake-diagnostic-beg found)
                                              (flymake-diagnostic-end found) "quickfix"))
                 (preferred (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
            (unless preferred
              (cg-fail "no preferred code action among %S" actions))
            (eglot-execute (eglot-current-server) preferred)
            (save-buffer)
            (let ((got (cg-read file))
                  (want (cg-read (getenv "CG_EXPECTED"))))
              (unless (string= got want)
                (cg-fail "after %S the file is:\n%s\nexpected:\n%s" (plist-get preferred :title) got want))
              (message "emacs: applied %S; the file is as expected" (plist-get preferred :title))
              (ignore-errors (eglot-shutdown (eglot-current-server)))
              (kill-emacs 0)))))
    (error (cg-fail "%S" err))))
