-- Headless Neovim (0.7+) against the captureguard server: open a Go file, wait for a
-- loopvar-capture diagnostic, ask for code actions on it, apply the preferred one, save, and
-- compare the file with the expected text. Exits 0 on success; on any failure prints why and
-- exits 1 (a Lua error must not leave Neovim waiting for input, hence the xpcall).
--
-- Environment: CG_SERVER (executable that runs `captureguard serve`), CG_FILE (the Go file),
-- CG_EXPECTED (the text expected after the fix), CG_WAIT_MS (how long to wait for diagnostics).

local function fail(message)
  io.stderr:write('nvim: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function read(path)
  local f = assert(io.open(path, 'rb'))
  local text = f:read('*a')
  f:close()
  return text
end

local function main()
  local file = os.getenv('CG_FILE')
  local wait_ms = tonumber(os.getenv('CG_WAIT_MS') or '20000')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'go'

  local client_id = vim.lsp.start_client({
    name = 'captureguard',
    cmd = { os.getenv('CG_SERVER') },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  if not client_id then
    return fail('the server did not start')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function flagged()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'loopvar-capture' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'loopvar-capture') then
        return d
      end
    end
  end
  if not vim.wait(wait_ms, function() return flagged() ~= nil end, 50) then
    return fail('no loopvar-capture diagnostic within ' .. wait_ms .. ' ms')
  end
  local diagnostic = flagged()
  local client = vim.lsp.get_client_by_id(client_id)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  local range = lsp.range or {
    start = { line = diagnostic.lnum, character = diagnostic.col },
    ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
  }
  local reply = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = { diagnostics = { lsp }, only = { 'quickfix' } },
  }, 10000, bufnr)
  if not reply or reply.err or not reply.result then
    return fail('codeAction failed: ' .. vim.inspect(reply))
  end
  local preferred
  for _, action in ipairs(reply.result) do
    if action.isPreferred then
      preferred = action
    end
  end
  if not preferred or not preferred.edit then
    return fail('no preferred action with an edit among ' .. vim.inspect(reply.result))
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  vim.cmd('write')

  local got, want = read(file), read(os.getenv('CG_EXPECTED'))
  if got ~= want then
    return fail('after "' .. preferred.title .. '" the file is:\n' .. got .. '\nexpected:\n' .. want)
  end
  io.stdout:write('nvim: applied "' .. preferred.title .. '"; the file is as expected\n')
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  fail(tostring(err))
end
