import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 577:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Client = void 0;
const fs_1 = __nccwpck_require__(896);
const path_1 = __nccwpck_require__(928);
const tls_1 = __nccwpck_require__(756);
const util_1 = __nccwpck_require__(23);
const FtpContext_1 = __nccwpck_require__(659);
const netUtils_1 = __nccwpck_require__(702);
const parseControlResponse_1 = __nccwpck_require__(341);
const parseList_1 = __nccwpck_require__(131);
const parseListMLSD_1 = __nccwpck_require__(677);
const ProgressTracker_1 = __nccwpck_require__(558);
const safePathNames_1 = __nccwpck_require__(254);
const StringWriter_1 = __nccwpck_require__(652);
const transfer_1 = __nccwpck_require__(529);
// Use promisify to keep the library compatible with Node 8.
const fsReadDir = (0, util_1.promisify)(fs_1.readdir);
const fsMkDir = (0, util_1.promisify)(fs_1.mkdir);
const fsStat = (0, util_1.promisify)(fs_1.stat);
const fsFStat = (0, util_1.promisify)(fs_1.fstat);
const fsOpen = (0, util_1.promisify)(fs_1.open);
const fsClose = (0, util_1.promisify)(fs_1.close);
const fsUnlink = (0, util_1.promisify)(fs_1.unlink);
const defaultClientOptions = {
    /** For security reasons this library should not allow separate transfer hosts by default. */
    allowSeparateTransferHost: false,
    maxListingBytes: 40 * 1024 * 1024
};
const LIST_COMMANDS_DEFAULT = () => ["LIST -a", "LIST"];
const LIST_COMMANDS_MLSD = () => ["MLSD", "LIST -a", "LIST"];
/**
 * High-level API to interact with an FTP server.
 */
class Client {
    /**
     * Instantiate an FTP client.
     *
     * @param timeout  Timeout in milliseconds, use 0 for no timeout. Optional, default is 30 seconds.
     */
    constructor(timeout = 30000, userOptions = defaultClientOptions) {
        this.availableListCommands = LIST_COMMANDS_DEFAULT();
        const options = { ...defaultClientOptions, ...userOptions };
        this.ftp = new FtpContext_1.FTPContext(timeout);
        this.prepareTransfer = this._enterFirstCompatibleMode([
            transfer_1.enterPassiveModeIPv6,
            options.allowSeparateTransferHost ? transfer_1.enterPassiveModeIPv4 : transfer_1.enterPassiveModeIPv4_forceControlHostIP
        ]);
        this.options = options;
        this.parseList = parseList_1.parseList;
        this._progressTracker = new ProgressTracker_1.ProgressTracker();
    }
    /**
     * Close the client and all open socket connections.
     *
     * Close the client and all open socket connections. The client can’t be used anymore after calling this method,
     * you have to either reconnect with `access` or `connect` or instantiate a new instance to continue any work.
     * A client is also closed automatically if any timeout or connection error occurs.
     */
    close() {
        this.ftp.close();
        this._progressTracker.stop();
    }
    /**
     * Returns true if the client is closed and can't be used anymore.
     */
    get closed() {
        return this.ftp.closed;
    }
    /**
     * Connect (or reconnect) to an FTP server.
     *
     * This is an instance method and thus can be called multiple times during the lifecycle of a `Client`
     * instance. Whenever you do, the client is reset with a new control connection. This also implies that
     * you can reopen a `Client` instance that has been closed due to an error when reconnecting with this
     * method. In fact, reconnecting is the only way to continue using a closed `Client`.
     *
     * @param host  Host the client should connect to. Optional, default is "localhost".
     * @param port  Port the client should connect to. Optional, default is 21.
     */
    connect(host = "localhost", port = 21) {
        this.ftp.reset();
        this.ftp.socket.connect({
            host,
            port,
            family: this.ftp.ipFamily
        }, () => this.ftp.log(`Connected to ${(0, netUtils_1.describeAddress)(this.ftp.socket)} (${(0, netUtils_1.describeTLS)(this.ftp.socket)})`));
        return this._handleConnectResponse();
    }
    /**
     * As `connect` but using implicit TLS. Implicit TLS is not an FTP standard and has been replaced by
     * explicit TLS. There are still FTP servers that support only implicit TLS, though.
     */
    connectImplicitTLS(host = "localhost", port = 21, tlsOptions = {}) {
        var _a;
        this.ftp.reset();
        // Remember the host identity so future data connections can resume this TLS
        // session. Since Node.js v24.17.0 (CVE-2026-48934) a reusable TLS session is
        // bound to the host it was authenticated for, and resumption is refused when
        // the resuming connection's identity (servername ?? host ?? socket._host)
        // differs. Data connections connect to the PASV/EPSV target, so without an
        // explicit host they'd resume under a different (or missing) identity and the
        // server would report the session as not resumed. This mirrors what `access`
        // already does for explicit TLS, see https://github.com/patrickjuchli/basic-ftp/issues/166.
        tlsOptions.host = (_a = tlsOptions.host) !== null && _a !== void 0 ? _a : host;
        this.ftp.socket = (0, tls_1.connect)(port, host, tlsOptions, () => this.ftp.log(`Connected to ${(0, netUtils_1.describeAddress)(this.ftp.socket)} (${(0, netUtils_1.describeTLS)(this.ftp.socket)})`));
        this.ftp.tlsOptions = tlsOptions;
        return this._handleConnectResponse();
    }
    /**
     * Handles the first reponse by an FTP server after the socket connection has been established.
     */
    _handleConnectResponse() {
        return this.ftp.handle(undefined, (res, task) => {
            if (res instanceof Error) {
                // The connection has been destroyed by the FTPContext at this point.
                task.reject(res);
            }
            else if ((0, parseControlResponse_1.positiveCompletion)(res.code)) {
                task.resolve(res);
            }
            // Reject all other codes, including 120 "Service ready in nnn minutes".
            else {
                // Don't stay connected but don't replace the socket yet by using reset()
                // so the user can inspect properties of this instance.
                task.reject(new FtpContext_1.FTPError(res));
            }
        });
    }
    /**
     * Send an FTP command and handle the first response.
     */
    send(command, ignoreErrorCodesDEPRECATED = false) {
        if (ignoreErrorCodesDEPRECATED) { // Deprecated starting from 3.9.0
            this.ftp.log("Deprecated call using send(command, flag) with boolean flag to ignore errors. Use sendIgnoringError(command).");
            return this.sendIgnoringError(command);
        }
        return this.ftp.request(command);
    }
    /**
     * Send an FTP command and ignore an FTP error response. Any other kind of error or timeout will still reject the Promise.
     *
     * @param command
     */
    sendIgnoringError(command) {
        return this.ftp.handle(command, (res, task) => {
            if (res instanceof FtpContext_1.FTPError) {
                task.resolve({ code: res.code, message: res.message });
            }
            else if (res instanceof Error) {
                task.reject(res);
            }
            else {
                task.resolve(res);
            }
        });
    }
    /**
     * Upgrade the current socket connection to TLS.
     *
     * @param options  TLS options as in `tls.connect(options)`, optional.
     * @param command  Set the authentication command. Optional, default is "AUTH TLS".
     */
    async useTLS(options = {}, command = "AUTH TLS") {
        const ret = await this.send(command);
        this.ftp.socket = await (0, netUtils_1.upgradeSocket)(this.ftp.socket, options);
        this.ftp.tlsOptions = options; // Keep the TLS options for later data connections that should use the same options.
        this.ftp.log(`Control socket is using: ${(0, netUtils_1.describeTLS)(this.ftp.socket)}`);
        return ret;
    }
    /**
     * Login a user with a password.
     *
     * @param user  Username to use for login. Optional, default is "anonymous".
     * @param password  Password to use for login. Optional, default is "guest".
     */
    login(user = "anonymous", password = "guest") {
        this.ftp.log(`Login security: ${(0, netUtils_1.describeTLS)(this.ftp.socket)}`);
        return this.ftp.handle("USER " + user, (res, task) => {
            if (res instanceof Error) {
                task.reject(res);
            }
            else if ((0, parseControlResponse_1.positiveCompletion)(res.code)) { // User logged in proceed OR Command superfluous
                task.resolve(res);
            }
            else if (res.code === 331) { // User name okay, need password
                this.ftp.send("PASS " + password);
            }
            else { // Also report error on 332 (Need account)
                task.reject(new FtpContext_1.FTPError(res));
            }
        });
    }
    /**
     * Set the usual default settings.
     *
     * Settings used:
     * * Binary mode (TYPE I)
     * * File structure (STRU F)
     * * Additional settings for FTPS (PBSZ 0, PROT P)
     */
    async useDefaultSettings() {
        const features = await this.features();
        // Use MLSD directory listing if possible. See https://tools.ietf.org/html/rfc3659#section-7.8:
        // "The presence of the MLST feature indicates that both MLST and MLSD are supported."
        const supportsMLSD = features.has("MLST");
        this.availableListCommands = supportsMLSD ? LIST_COMMANDS_MLSD() : LIST_COMMANDS_DEFAULT();
        await this.send("TYPE I"); // Binary mode
        await this.sendIgnoringError("STRU F"); // Use file structure
        await this.sendIgnoringError("OPTS UTF8 ON"); // Some servers expect UTF-8 to be enabled explicitly and setting before login might not have worked.
        if (supportsMLSD) {
            await this.sendIgnoringError("OPTS MLST type;size;modify;unique;unix.mode;unix.owner;unix.group;unix.ownername;unix.groupname;"); // Make sure MLSD listings include all we can parse
        }
        if (this.ftp.hasTLS) {
            await this.sendIgnoringError("PBSZ 0"); // Set to 0 for TLS
            await this.sendIgnoringError("PROT P"); // Protect channel (also for data connections)
        }
    }
    /**
     * Convenience method that calls `connect`, `useTLS`, `login` and `useDefaultSettings`.
     *
     * This is an instance method and thus can be called multiple times during the lifecycle of a `Client`
     * instance. Whenever you do, the client is reset with a new control connection. This also implies that
     * you can reopen a `Client` instance that has been closed due to an error when reconnecting with this
     * method. In fact, reconnecting is the only way to continue using a closed `Client`.
     */
    async access(options = {}) {
        var _a, _b;
        const useExplicitTLS = options.secure === true;
        const useImplicitTLS = options.secure === "implicit";
        let welcome;
        if (useImplicitTLS) {
            welcome = await this.connectImplicitTLS(options.host, options.port, options.secureOptions);
        }
        else {
            welcome = await this.connect(options.host, options.port);
        }
        if (useExplicitTLS) {
            // Fixes https://github.com/patrickjuchli/basic-ftp/issues/166 by making sure
            // host is set for any future data connection as well.
            const secureOptions = (_a = options.secureOptions) !== null && _a !== void 0 ? _a : {};
            secureOptions.host = (_b = secureOptions.host) !== null && _b !== void 0 ? _b : options.host;
            await this.useTLS(secureOptions);
        }
        // Set UTF-8 on before login in case there are non-ascii characters in user or password.
        // Note that this might not work before login depending on server.
        await this.sendIgnoringError("OPTS UTF8 ON");
        await this.login(options.user, options.password);
        await this.useDefaultSettings();
        return welcome;
    }
    /**
     * Get the current working directory.
     */
    async pwd() {
        const res = await this.send("PWD");
        // The directory is part of the return message, for example:
        // 257 "/this/that" is current directory.
        const parsed = res.message.match(/"(.+)"/);
        if (parsed === null || parsed[1] === undefined) {
            throw new Error(`Can't parse response to command 'PWD': ${res.message}`);
        }
        return parsed[1];
    }
    /**
     * Get a description of supported features.
     *
     * This sends the FEAT command and parses the result into a Map where keys correspond to available commands
     * and values hold further information. Be aware that your FTP servers might not support this
     * command in which case this method will not throw an exception but just return an empty Map.
     */
    async features() {
        const res = await this.sendIgnoringError("FEAT");
        const features = new Map();
        // Not supporting any special features will be reported with a single line.
        if (res.code < 400 && (0, parseControlResponse_1.isMultiline)(res.message)) {
            // The first and last line wrap the multiline response, ignore them.
            res.message.split("\n").slice(1, -1).forEach(line => {
                // A typical lines looks like: " REST STREAM" or " MDTM".
                // Servers might not use an indentation though.
                const entry = line.trim().split(" ");
                features.set(entry[0], entry[1] || "");
            });
        }
        return features;
    }
    /**
     * Set the working directory.
     */
    async cd(path) {
        const validPath = await this.protectWhitespace(path);
        return this.send("CWD " + validPath);
    }
    /**
     * Switch to the parent directory of the working directory.
     */
    async cdup() {
        return this.send("CDUP");
    }
    /**
     * Get the last modified time of a file. This is not supported by every FTP server, in which case
     * calling this method will throw an exception.
     */
    async lastMod(path) {
        const validPath = await this.protectWhitespace(path);
        const res = await this.send(`MDTM ${validPath}`);
        const date = res.message.slice(4);
        return (0, parseListMLSD_1.parseMLSxDate)(date);
    }
    /**
     * Get the size of a file.
     */
    async size(path) {
        const validPath = await this.protectWhitespace(path);
        const command = `SIZE ${validPath}`;
        const res = await this.send(command);
        // The size is part of the response message, for example: "213 555555". It's
        // possible that there is a commmentary appended like "213 5555, some commentary".
        const size = parseInt(res.message.slice(4), 10);
        if (Number.isNaN(size)) {
            throw new Error(`Can't parse response to command '${command}' as a numerical value: ${res.message}`);
        }
        return size;
    }
    /**
     * Rename a file.
     *
     * Depending on the FTP server this might also be used to move a file from one
     * directory to another by providing full paths.
     */
    async rename(srcPath, destPath) {
        const validSrc = await this.protectWhitespace(srcPath);
        const validDest = await this.protectWhitespace(destPath);
        await this.send("RNFR " + validSrc);
        return this.send("RNTO " + validDest);
    }
    /**
     * Remove a file from the current working directory.
     *
     * You can ignore FTP error return codes which won't throw an exception if e.g.
     * the file doesn't exist.
     */
    async remove(path, ignoreErrorCodes = false) {
        const validPath = await this.protectWhitespace(path);
        if (ignoreErrorCodes) {
            return this.sendIgnoringError(`DELE ${validPath}`);
        }
        return this.send(`DELE ${validPath}`);
    }
    /**
     * Report transfer progress for any upload or download to a given handler.
     *
     * This will also reset the overall transfer counter that can be used for multiple transfers. You can
     * also call the function without a handler to stop reporting to an earlier one.
     *
     * @param handler  Handler function to call on transfer progress.
     */
    trackProgress(handler) {
        this._progressTracker.bytesOverall = 0;
        this._progressTracker.reportTo(handler);
    }
    /**
     * Upload data from a readable stream or a local file to a remote file.
     *
     * @param source  Readable stream or path to a local file.
     * @param toRemotePath  Path to a remote file to write to.
     */
    async uploadFrom(source, toRemotePath, options = {}) {
        return this._uploadWithCommand(source, toRemotePath, "STOR", options);
    }
    /**
     * Upload data from a readable stream or a local file by appending it to an existing file. If the file doesn't
     * exist the FTP server should create it.
     *
     * @param source  Readable stream or path to a local file.
     * @param toRemotePath  Path to a remote file to write to.
     */
    async appendFrom(source, toRemotePath, options = {}) {
        return this._uploadWithCommand(source, toRemotePath, "APPE", options);
    }
    /**
     * @protected
     */
    async _uploadWithCommand(source, remotePath, command, options) {
        if (typeof source === "string") {
            return this._uploadLocalFile(source, remotePath, command, options);
        }
        return this._uploadFromStream(source, remotePath, command);
    }
    /**
     * @protected
     */
    async _uploadLocalFile(localPath, remotePath, command, options) {
        const fd = await fsOpen(localPath, "r");
        const source = (0, fs_1.createReadStream)("", {
            fd,
            start: options.localStart,
            end: options.localEndInclusive,
            autoClose: false
        });
        try {
            const expectedBytes = await expectedBytesFromLocalFile(fd, options);
            const response = await this._uploadFromStream(source, remotePath, command);
            // A local file that is modified while it is being read results in an incomplete
            // upload. Neither the FTP server nor the data connection can detect this, the
            // transfer just ends early and is reported as successful. Compare what we read
            // with what we expected to read to turn this into an error instead.
            if (expectedBytes !== undefined && source.bytesRead !== expectedBytes) {
                throw new Error(`Local file "${localPath}" changed while it was being uploaded to "${remotePath}": expected to send ${expectedBytes} bytes but sent ${source.bytesRead}. The remote file is incomplete.`);
            }
            return response;
        }
        finally {
            await ignoreError(() => fsClose(fd));
        }
    }
    /**
     * @protected
     */
    async _uploadFromStream(source, remotePath, command) {
        const onError = (err) => this.ftp.closeWithError(err);
        source.once("error", onError);
        try {
            const validPath = await this.protectWhitespace(remotePath);
            await this.prepareTransfer(this.ftp);
            // Keep the keyword `await` or the `finally` clause below runs too early
            // and removes the event listener for the source stream too early.
            return await (0, transfer_1.uploadFrom)(source, {
                ftp: this.ftp,
                tracker: this._progressTracker,
                command,
                remotePath: validPath,
                type: "upload"
            });
        }
        finally {
            source.removeListener("error", onError);
        }
    }
    /**
     * Download a remote file and pipe its data to a writable stream or to a local file.
     *
     * You can optionally define at which position of the remote file you'd like to start
     * downloading. If the destination you provide is a file, the offset will be applied
     * to it as well. For example: To resume a failed download, you'd request the size of
     * the local, partially downloaded file and use that as the offset. Assuming the size
     * is 23, you'd download the rest using `downloadTo("local.txt", "remote.txt", 23)`.
     *
     * @param destination  Stream or path for a local file to write to.
     * @param fromRemotePath  Path of the remote file to read from.
     * @param startAt  Position within the remote file to start downloading at. If the destination is a file, this offset is also applied to it.
     */
    async downloadTo(destination, fromRemotePath, startAt = 0) {
        if (typeof destination === "string") {
            return this._downloadToFile(destination, fromRemotePath, startAt);
        }
        return this._downloadToStream(destination, fromRemotePath, startAt);
    }
    /**
     * @protected
     */
    async _downloadToFile(localPath, remotePath, startAt) {
        const appendingToLocalFile = startAt > 0;
        const fileSystemFlags = appendingToLocalFile ? "r+" : "w";
        const fd = await fsOpen(localPath, fileSystemFlags);
        const destination = (0, fs_1.createWriteStream)("", {
            fd,
            start: startAt,
            autoClose: false
        });
        try {
            return await this._downloadToStream(destination, remotePath, startAt);
        }
        catch (err) {
            const localFileStats = await ignoreError(() => fsStat(localPath));
            const hasDownloadedData = localFileStats && localFileStats.size > 0;
            const shouldRemoveLocalFile = !appendingToLocalFile && !hasDownloadedData;
            if (shouldRemoveLocalFile) {
                await ignoreError(() => fsUnlink(localPath));
            }
            throw err;
        }
        finally {
            await ignoreError(() => fsClose(fd));
        }
    }
    /**
     * @protected
     */
    async _downloadToStream(destination, remotePath, startAt) {
        const onError = (err) => this.ftp.closeWithError(err);
        destination.once("error", onError);
        try {
            const validPath = await this.protectWhitespace(remotePath);
            await this.prepareTransfer(this.ftp);
            // Keep the keyword `await` or the `finally` clause below runs too early
            // and removes the event listener for the source stream too early.
            return await (0, transfer_1.downloadTo)(destination, {
                ftp: this.ftp,
                tracker: this._progressTracker,
                command: startAt > 0 ? `REST ${startAt}` : `RETR ${validPath}`,
                remotePath: validPath,
                type: "download"
            });
        }
        finally {
            destination.removeListener("error", onError);
            destination.end();
        }
    }
    /**
     * List files and directories in the current working directory, or from `path` if specified.
     *
     * @param [path]  Path to remote file or directory.
     */
    async list(path = "") {
        const validPath = await this.protectWhitespace(path);
        let lastError;
        for (const candidate of this.availableListCommands) {
            const command = validPath === "" ? candidate : `${candidate} ${validPath}`;
            await this.prepareTransfer(this.ftp);
            try {
                const parsedList = await this._requestListWithCommand(command);
                // Use successful candidate for all subsequent requests.
                this.availableListCommands = [candidate];
                return parsedList;
            }
            catch (err) {
                const shouldTryNext = err instanceof FtpContext_1.FTPError;
                if (!shouldTryNext) {
                    throw err;
                }
                lastError = err;
            }
        }
        throw lastError;
    }
    /**
     * @protected
     */
    async _requestListWithCommand(command) {
        const buffer = new StringWriter_1.StringWriter(this.options.maxListingBytes);
        await (0, transfer_1.downloadTo)(buffer, {
            ftp: this.ftp,
            tracker: this._progressTracker,
            command,
            remotePath: "",
            type: "list"
        });
        const text = buffer.getText(this.ftp.encoding);
        this.ftp.log(text);
        return this.parseList(text);
    }
    /**
     * Remove a directory and all of its content.
     *
     * @param remoteDirPath  The path of the remote directory to delete.
     * @example client.removeDir("foo") // Remove directory 'foo' using a relative path.
     * @example client.removeDir("foo/bar") // Remove directory 'bar' using a relative path.
     * @example client.removeDir("/foo/bar") // Remove directory 'bar' using an absolute path.
     * @example client.removeDir("/") // Remove everything.
     */
    async removeDir(remoteDirPath) {
        return this._exitAtCurrentDirectory(async () => {
            await this.cd(remoteDirPath);
            // Get the absolute path of the target because remoteDirPath might be a relative path, even `../` is possible.
            const absoluteDirPath = await this.pwd();
            await this.clearWorkingDir();
            const dirIsRoot = absoluteDirPath === "/";
            if (!dirIsRoot) {
                await this.cdup();
                await this.removeEmptyDir(absoluteDirPath);
            }
        });
    }
    /**
     * Remove all files and directories in the working directory without removing
     * the working directory itself.
     */
    async clearWorkingDir() {
        for (const file of await this.list()) {
            if (file.isDirectory) {
                await this.cd(file.name);
                await this.clearWorkingDir();
                await this.cdup();
                await this.removeEmptyDir(file.name);
            }
            else {
                await this.remove(file.name);
            }
        }
    }
    /**
     * Upload the contents of a local directory to the remote working directory.
     *
     * This will overwrite existing files with the same names and reuse existing directories.
     * Unrelated files and directories will remain untouched. You can optionally provide a `remoteDirPath`
     * to put the contents inside a directory which will be created if necessary including all
     * intermediate directories. If you did provide a remoteDirPath the working directory will stay
     * the same as before calling this method.
     *
     * @param localDirPath  Local path, e.g. "foo/bar" or "../test"
     * @param [remoteDirPath]  Remote path of a directory to upload to. Working directory if undefined.
     */
    async uploadFromDir(localDirPath, remoteDirPath) {
        return this._exitAtCurrentDirectory(async () => {
            if (remoteDirPath) {
                await this.ensureDir(remoteDirPath);
            }
            return await this._uploadToWorkingDir(localDirPath);
        });
    }
    /**
     * @protected
     */
    async _uploadToWorkingDir(localDirPath) {
        const files = await fsReadDir(localDirPath);
        for (const file of files) {
            const fullPath = (0, path_1.join)(localDirPath, file);
            const stats = await fsStat(fullPath);
            if (stats.isFile()) {
                await this.uploadFrom(fullPath, file);
            }
            else if (stats.isDirectory()) {
                await this._openDir(file);
                await this._uploadToWorkingDir(fullPath);
                await this.cdup();
            }
        }
    }
    /**
     * Download all files and directories of the working directory to a local directory.
     *
     * @param localDirPath  The local directory to download to.
     * @param remoteDirPath  Remote directory to download. Current working directory if not specified.
     */
    async downloadToDir(localDirPath, remoteDirPath) {
        return this._exitAtCurrentDirectory(async () => {
            if (remoteDirPath) {
                await this.cd(remoteDirPath);
            }
            return await this._downloadFromWorkingDir(localDirPath);
        });
    }
    /**
     * @protected
     */
    async _downloadFromWorkingDir(localDirPath) {
        await ensureLocalDirectory(localDirPath);
        for (const file of await this.list()) {
            if (!(0, safePathNames_1.isSafePathName)(file.name)) {
                const safeName = JSON.stringify(file.name);
                this.ftp.log(`Invalid filename from server listing, will skip file. (${safeName})`);
                continue;
            }
            const localPath = (0, path_1.join)(localDirPath, file.name);
            if (file.isDirectory) {
                await this.cd(file.name);
                await this._downloadFromWorkingDir(localPath);
                await this.cdup();
            }
            else if (file.isFile) {
                await this.downloadTo(localPath, file.name);
            }
        }
    }
    /**
     * Make sure a given remote path exists, creating all directories as necessary.
     * This function also changes the current working directory to the given path.
     */
    async ensureDir(remoteDirPath) {
        // If the remoteDirPath was absolute go to root directory.
        if (remoteDirPath.startsWith("/")) {
            await this.cd("/");
        }
        const names = remoteDirPath.split("/").filter(name => name !== "");
        for (const name of names) {
            await this._openDir(name);
        }
    }
    /**
     * Try to create a directory and enter it. This will not raise an exception if the directory
     * couldn't be created if for example it already exists.
     * @protected
     */
    async _openDir(dirName) {
        await this.sendIgnoringError("MKD " + dirName);
        await this.cd(dirName);
    }
    /**
     * Remove an empty directory, will fail if not empty.
     */
    async removeEmptyDir(path) {
        const validPath = await this.protectWhitespace(path);
        return this.send(`RMD ${validPath}`);
    }
    /**
     * FTP servers can't handle filenames that have leading whitespace. This method transforms
     * a given path to fix that issue for most cases.
     */
    async protectWhitespace(path) {
        if (!path.startsWith(" ")) {
            return path;
        }
        // Handle leading whitespace by prepending the absolute path:
        // " test.txt" while being in the root directory becomes "/ test.txt".
        const pwd = await this.pwd();
        const absolutePathPrefix = pwd.endsWith("/") ? pwd : pwd + "/";
        return absolutePathPrefix + path;
    }
    async _exitAtCurrentDirectory(func) {
        const userDir = await this.pwd();
        try {
            return await func();
        }
        finally {
            if (!this.closed) {
                await ignoreError(() => this.cd(userDir));
            }
        }
    }
    /**
     * Try all available transfer strategies and pick the first one that works. Update `client` to
     * use the working strategy for all successive transfer requests.
     *
     * @returns a function that will try the provided strategies.
     */
    _enterFirstCompatibleMode(strategies) {
        return async (ftp) => {
            ftp.log("Trying to find optimal transfer strategy...");
            let lastError = undefined;
            for (const strategy of strategies) {
                try {
                    const res = await strategy(ftp);
                    ftp.log("Optimal transfer strategy found.");
                    this.prepareTransfer = strategy;
                    return res;
                }
                catch (err) {
                    // Try the next candidate no matter the exact error. It's possible that a server
                    // answered incorrectly to a strategy, for example a PASV answer to an EPSV.
                    lastError = err;
                }
            }
            throw new Error(`None of the available transfer strategies work. Last error response was '${lastError}'.`);
        };
    }
    /**
     * DEPRECATED, use `uploadFrom`.
     * @deprecated
     */
    async upload(source, toRemotePath, options = {}) {
        this.ftp.log("Warning: upload() has been deprecated, use uploadFrom().");
        return this.uploadFrom(source, toRemotePath, options);
    }
    /**
     * DEPRECATED, use `appendFrom`.
     * @deprecated
     */
    async append(source, toRemotePath, options = {}) {
        this.ftp.log("Warning: append() has been deprecated, use appendFrom().");
        return this.appendFrom(source, toRemotePath, options);
    }
    /**
     * DEPRECATED, use `downloadTo`.
     * @deprecated
     */
    async download(destination, fromRemotePath, startAt = 0) {
        this.ftp.log("Warning: download() has been deprecated, use downloadTo().");
        return this.downloadTo(destination, fromRemotePath, startAt);
    }
    /**
     * DEPRECATED, use `uploadFromDir`.
     * @deprecated
     */
    async uploadDir(localDirPath, remoteDirPath) {
        this.ftp.log("Warning: uploadDir() has been deprecated, use uploadFromDir().");
        return this.uploadFromDir(localDirPath, remoteDirPath);
    }
    /**
     * DEPRECATED, use `downloadToDir`.
     * @deprecated
     */
    async downloadDir(localDirPath) {
        this.ftp.log("Warning: downloadDir() has been deprecated, use downloadToDir().");
        return this.downloadToDir(localDirPath);
    }
}
exports.Client = Client;
async function ensureLocalDirectory(path) {
    try {
        await fsStat(path);
    }
    catch (_a) {
        await fsMkDir(path, { recursive: true });
    }
}
/**
 * Return how many bytes an upload should read from an open local file, taking the optional
 * range described by `options` into account. Returns `undefined` if the size can't be known
 * upfront, for example because the source is a pipe or another non-regular file.
 */
async function expectedBytesFromLocalFile(fd, options) {
    var _a;
    const stats = await fsFStat(fd);
    if (!stats.isFile()) {
        return undefined;
    }
    const start = (_a = options.localStart) !== null && _a !== void 0 ? _a : 0;
    // `localEndInclusive` beyond the end of the file just means "read until the end".
    const endExclusive = options.localEndInclusive !== undefined
        ? Math.min(options.localEndInclusive + 1, stats.size)
        : stats.size;
    return Math.max(0, endExclusive - start);
}
async function ignoreError(func) {
    try {
        return await func();
    }
    catch (_a) {
        // Ignore
        return undefined;
    }
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FileInfo = exports.FileType = void 0;
var FileType;
(function (FileType) {
    FileType[FileType["Unknown"] = 0] = "Unknown";
    FileType[FileType["File"] = 1] = "File";
    FileType[FileType["Directory"] = 2] = "Directory";
    FileType[FileType["SymbolicLink"] = 3] = "SymbolicLink";
})(FileType || (exports.FileType = FileType = {}));
/**
 * Describes a file, directory or symbolic link.
 */
class FileInfo {
    constructor(name) {
        this.name = name;
        this.type = FileType.Unknown;
        this.size = 0;
        /**
         * Unparsed, raw modification date as a string.
         *
         * If `modifiedAt` is undefined, the FTP server you're connected to doesn't support the more modern
         * MLSD command for machine-readable directory listings. The older command LIST is then used returning
         * results that vary a lot between servers as the format hasn't been standardized. Here, directory listings
         * and especially modification dates were meant to be human-readable first.
         *
         * Be careful when still trying to parse this by yourself. Parsing dates from listings using LIST is
         * unreliable. This library decides to offer parsed dates only when they're absolutely reliable and safe to
         * use e.g. for comparisons.
         */
        this.rawModifiedAt = "";
        /**
         * Parsed modification date.
         *
         * Available if the FTP server supports the MLSD command. Only MLSD guarantees dates than can be reliably
         * parsed with the correct timezone and a resolution down to seconds. See `rawModifiedAt` property for the unparsed
         * date that is always available.
         */
        this.modifiedAt = undefined;
        /**
         * Unix permissions if present. If the underlying FTP server is not running on Unix this will be undefined.
         * If set, you might be able to edit permissions with the FTP command `SITE CHMOD`.
         */
        this.permissions = undefined;
        /**
         * Hard link count if available.
         */
        this.hardLinkCount = undefined;
        /**
         * Link name for symbolic links if available.
         */
        this.link = undefined;
        /**
         * Unix group if available.
         */
        this.group = undefined;
        /**
         * Unix user if available.
         */
        this.user = undefined;
        /**
         * Unique ID if available.
         */
        this.uniqueID = undefined;
        this.name = name;
    }
    get isDirectory() {
        return this.type === FileType.Directory;
    }
    get isSymbolicLink() {
        return this.type === FileType.SymbolicLink;
    }
    get isFile() {
        return this.type === FileType.File;
    }
    /**
     * Deprecated, legacy API. Use `rawModifiedAt` instead.
     * @deprecated
     */
    get date() {
        return this.rawModifiedAt;
    }
    set date(rawModifiedAt) {
        this.rawModifiedAt = rawModifiedAt;
    }
}
exports.FileInfo = FileInfo;
FileInfo.UnixPermission = {
    Read: 4,
    Write: 2,
    Execute: 1
};


/***/ }),

/***/ 659:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FTPContext = exports.FTPError = void 0;
const net_1 = __nccwpck_require__(278);
const tls_1 = __nccwpck_require__(756);
const parseControlResponse_1 = __nccwpck_require__(341);
/**
 * Describes an FTP server error response including the FTP response code.
 */
class FTPError extends Error {
    constructor(res) {
        super(res.message);
        this.name = this.constructor.name;
        this.code = res.code;
    }
}
exports.FTPError = FTPError;
function doNothing() {
    /** Do nothing */
}
// Limit the accepted size of the control response.
const maxControlResponseLength = 2 ** 16;
/**
 * FTPContext holds the control and data sockets of an FTP connection and provides a
 * simplified way to interact with an FTP server, handle responses, errors and timeouts.
 *
 * It doesn't implement or use any FTP commands. It's only a foundation to make writing an FTP
 * client as easy as possible. You won't usually instantiate this, but use `Client`.
 */
class FTPContext {
    /**
     * Instantiate an FTP context.
     *
     * @param timeout - Timeout in milliseconds to apply to control and data connections. Use 0 for no timeout.
     * @param encoding - Encoding to use for control connection. UTF-8 by default. Use "latin1" for older servers.
     */
    constructor(timeout = 0, encoding = "utf8") {
        this.timeout = timeout;
        /** Debug-level logging of all socket communication. */
        this.verbose = false;
        /** IP version to prefer (4: IPv4, 6: IPv6, undefined: automatic). */
        this.ipFamily = undefined;
        /** Options for TLS connections. */
        this.tlsOptions = {};
        /** Most recent TLS session from the control connection, used to resume the session on data connections. */
        this.tlsSessionStore = undefined;
        /** A multiline response might be received as multiple chunks. */
        this._partialResponse = "";
        this._encoding = encoding;
        // Help Typescript understand that we do indeed set _socket in the constructor but use the setter method to do so.
        this._socket = this.socket = this._newSocket();
        this._dataSocket = undefined;
    }
    /**
     * Close the context.
     */
    close() {
        // Internally, closing a context is always described with an error. If there is still a task running, it will
        // abort with an exception that the user closed the client during a task. If no task is running, no exception is
        // thrown but all newly submitted tasks after that will abort the exception that the client has been closed.
        // In addition the user will get a stack trace pointing to where exactly the client has been closed. So in any
        // case use _closingError to determine whether a context is closed. This also allows us to have a single code-path
        // for closing a context making the implementation easier.
        const message = this._task ? "User closed client during task" : "User closed client";
        const err = new Error(message);
        this.closeWithError(err);
    }
    /**
     * Close the context with an error.
     */
    closeWithError(err) {
        // If this context already has been closed, don't overwrite the reason.
        if (this._closingError) {
            return;
        }
        this._closingError = err;
        // Close the sockets but don't fully reset this context to preserve `this._closingError`.
        this._closeControlSocket();
        this._closeSocket(this._dataSocket);
        // Give the user's task a chance to react, maybe cleanup resources.
        this._passToHandler(err);
        // The task might not have been rejected by the user after receiving the error.
        this._stopTrackingTask();
    }
    /**
     * Returns true if this context has been closed or hasn't been connected yet. You can reopen it with `access`.
     */
    get closed() {
        return this.socket.remoteAddress === undefined || this._closingError !== undefined;
    }
    /**
     * Reset this contex and all of its state.
     */
    reset() {
        this.socket = this._newSocket();
    }
    /**
     * Get the FTP control socket.
     */
    get socket() {
        return this._socket;
    }
    /**
     * Set the socket for the control connection. This will only close the current control socket
     * if the new one is not an upgrade to the current one.
     */
    set socket(socket) {
        // No data socket should be open in any case where the control socket is set or upgraded.
        this.dataSocket = undefined;
        // This being a reset, reset any other state apart from the socket.
        this.tlsOptions = {};
        this.tlsSessionStore = undefined;
        this._partialResponse = "";
        if (this._socket) {
            const newSocketUpgradesExisting = socket.localPort === this._socket.localPort;
            if (newSocketUpgradesExisting) {
                this._removeSocketListeners(this.socket);
            }
            else {
                this._closeControlSocket();
            }
        }
        if (socket) {
            // Setting a completely new control socket is in essence something like a reset. That's
            // why we also close any open data connection above. We can go one step further and reset
            // a possible closing error. That means that a closed FTPContext can be "reopened" by
            // setting a new control socket.
            this._closingError = undefined;
            // Don't set a timeout yet. Timeout for control sockets is only active during a task, see handle() below.
            socket.setTimeout(0);
            socket.setEncoding(this._encoding);
            socket.setKeepAlive(true);
            socket.on("data", data => this._onControlSocketData(data));
            // Server sending a FIN packet is treated as an error.
            socket.on("end", () => this.closeWithError(new Error("Server sent FIN packet unexpectedly, closing connection.")));
            // Control being closed without error by server is treated as an error.
            socket.on("close", hadError => { if (!hadError)
                this.closeWithError(new Error("Server closed connection unexpectedly.")); });
            this._setupDefaultErrorHandlers(socket, "control socket");
            if (socket instanceof tls_1.TLSSocket) {
                socket.on("session", session => { this.tlsSessionStore = session; });
            }
        }
        this._socket = socket;
    }
    /**
     * Get the current FTP data connection if present.
     */
    get dataSocket() {
        return this._dataSocket;
    }
    /**
     * Set the socket for the data connection. This will automatically close the former data socket.
     */
    set dataSocket(socket) {
        this._closeSocket(this._dataSocket);
        if (socket) {
            // Don't set a timeout yet. Timeout data socket should be activated when data transmission starts
            // and timeout on control socket is deactivated.
            socket.setTimeout(0);
            this._setupDefaultErrorHandlers(socket, "data socket");
        }
        this._dataSocket = socket;
    }
    /**
     * Get the currently used encoding.
     */
    get encoding() {
        return this._encoding;
    }
    /**
     * Set the encoding used for the control socket.
     *
     * See https://nodejs.org/api/buffer.html#buffer_buffers_and_character_encodings for what encodings
     * are supported by Node.
     */
    set encoding(encoding) {
        this._encoding = encoding;
        if (this.socket) {
            this.socket.setEncoding(encoding);
        }
    }
    /**
     * Send an FTP command without waiting for or handling the result.
     */
    send(command) {
        const containsPassword = command.startsWith("PASS");
        const description = containsPassword ? "PASS ###" : command;
        // Reject control character injection attempts.
        if (/[\r\n\0]/.test(command)) {
            throw new Error(`Invalid command: Contains control characters. (${description})`);
        }
        this.log(`> ${description}`);
        this._socket.write(command + "\r\n", this.encoding);
    }
    /**
     * Send an FTP command and handle the first response. Use this if you have a simple
     * request-response situation.
     */
    request(command) {
        return this.handle(command, (res, task) => {
            if (res instanceof Error) {
                task.reject(res);
            }
            else {
                task.resolve(res);
            }
        });
    }
    /**
     * Send an FTP command and handle any response until you resolve/reject. Use this if you expect multiple responses
     * to a request. This returns a Promise that will hold whatever the response handler passed on when resolving/rejecting its task.
     */
    handle(command, responseHandler) {
        if (this._task) {
            const err = new Error("User launched a task while another one is still running. Forgot to use 'await' or '.then()'?");
            err.stack += `\nRunning task launched at: ${this._task.stack}`;
            this.closeWithError(err);
            // Don't return here, continue with returning the Promise that will then be rejected
            // because the context closed already. That way, users will receive an exception where
            // they called this method by mistake.
        }
        return new Promise((resolveTask, rejectTask) => {
            // A task can only be settled once. A handler can still hold on to its resolver after
            // that, for example because a stream reports an error late. By then the next task
            // might be running already and stopping to track it would leave it without a response.
            let settled = false;
            const stopTrackingOnce = () => {
                if (settled) {
                    return;
                }
                settled = true;
                this._stopTrackingTask();
            };
            this._task = {
                stack: new Error().stack || "Unknown call stack",
                responseHandler,
                resolver: {
                    resolve: arg => {
                        stopTrackingOnce();
                        resolveTask(arg);
                    },
                    reject: err => {
                        stopTrackingOnce();
                        rejectTask(err);
                    }
                }
            };
            if (this._closingError) {
                // This client has been closed. Provide an error that describes this one as being caused
                // by `_closingError`, include stack traces for both.
                const err = new Error(`Client is closed because ${this._closingError.message}`); // Type 'Error' is not correctly defined, doesn't have 'code'.
                err.stack += `\nClosing reason: ${this._closingError.stack}`;
                err.code = this._closingError.code !== undefined ? this._closingError.code : "0";
                this._passToHandler(err);
                return;
            }
            // Only track control socket timeout during the lifecycle of a task. This avoids timeouts on idle sockets,
            // the default socket behaviour which is not expected by most users.
            this.socket.setTimeout(this.timeout);
            if (command) {
                // Nothing has been sent if this fails, so the task can be rejected without closing the client.
                try {
                    this.send(command);
                }
                catch (err) {
                    this._task.resolver.reject(err);
                }
            }
        });
    }
    /**
     * Log message if set to be verbose.
     */
    log(message) {
        if (this.verbose) {
            // tslint:disable-next-line no-console
            console.log(message);
        }
    }
    /**
     * Return true if the control socket is using TLS. This does not mean that a session
     * has already been negotiated.
     */
    get hasTLS() {
        return "encrypted" in this._socket;
    }
    /**
     * Removes reference to current task and handler. This won't resolve or reject the task.
     * @protected
     */
    _stopTrackingTask() {
        // Disable timeout on control socket if there is no task active.
        this.socket.setTimeout(0);
        this._task = undefined;
    }
    /**
     * Handle incoming data on the control socket. The chunk is going to be of type `string`
     * because we let `socket` handle encoding with `setEncoding`.
     * @protected
     */
    _onControlSocketData(chunk) {
        this.log(`< ${chunk}`);
        // This chunk might complete an earlier partial response. Protect against unbounded response attack.
        if (this._partialResponse.length + chunk.length > maxControlResponseLength) {
            this.closeWithError(new Error("FTP control response exceeded maximum allowed size"));
            return;
        }
        const completeResponse = this._partialResponse + chunk;
        const parsed = (0, parseControlResponse_1.parseControlResponse)(completeResponse);
        // Remember any incomplete remainder.
        this._partialResponse = parsed.rest;
        // Each response group is passed along individually.
        for (const message of parsed.messages) {
            const code = parseInt(message.substr(0, 3), 10);
            const response = { code, message };
            const err = code >= 400 ? new FTPError(response) : undefined;
            this._passToHandler(err ? err : response);
        }
    }
    /**
     * Send the current handler a response. This is usually a control socket response
     * or a socket event, like an error or timeout.
     * @protected
     */
    _passToHandler(response) {
        const task = this._task;
        if (task) {
            // Handlers run during socket events where nobody could catch an error. Report it to the
            // task instead and close because the state of the session is unknown at this point.
            try {
                task.responseHandler(response, task.resolver);
            }
            catch (err) {
                task.resolver.reject(err);
                this.closeWithError(err);
            }
        }
        // Errors other than FTPError always close the client. If there isn't an active task to handle the error,
        // the next one submitted will receive it using `_closingError`.
        // There is only one edge-case: If there is an FTPError while no task is active, the error will be dropped.
        // But that means that the user sent an FTP command with no intention of handling the result. So why should the
        // error be handled? Maybe log it at least? Debug logging will already do that and the client stays useable after
        // FTPError. So maybe no need to do anything here.
    }
    /**
     * Setup all error handlers for a socket.
     * @protected
     */
    _setupDefaultErrorHandlers(socket, identifier) {
        socket.once("error", error => {
            error.message += ` (${identifier})`;
            this.closeWithError(error);
        });
        socket.once("close", hadError => {
            if (hadError) {
                this.closeWithError(new Error(`Socket closed due to transmission error (${identifier})`));
            }
        });
        socket.once("timeout", () => {
            socket.destroy();
            this.closeWithError(new Error(`Timeout (${identifier})`));
        });
    }
    /**
     * Close the control socket. Sends QUIT, then FIN, and ignores any response or error.
     */
    _closeControlSocket() {
        this._removeSocketListeners(this._socket);
        this._socket.on("error", doNothing);
        this.send("QUIT");
        this._closeSocket(this._socket);
    }
    /**
     * Close a socket, ignores any error.
     * @protected
     */
    _closeSocket(socket) {
        if (socket) {
            this._removeSocketListeners(socket);
            socket.on("error", doNothing);
            socket.destroy();
        }
    }
    /**
     * Remove all default listeners for socket.
     * @protected
     */
    _removeSocketListeners(socket) {
        socket.removeAllListeners();
        // Before Node.js 10.3.0, using `socket.removeAllListeners()` without any name did not work: https://github.com/nodejs/node/issues/20923.
        socket.removeAllListeners("timeout");
        socket.removeAllListeners("data");
        socket.removeAllListeners("end");
        socket.removeAllListeners("error");
        socket.removeAllListeners("close");
        socket.removeAllListeners("connect");
    }
    /**
     * Provide a new socket instance.
     *
     * Internal use only, replaced for unit tests.
     */
    _newSocket() {
        return new net_1.Socket();
    }
}
exports.FTPContext = FTPContext;


/***/ }),

/***/ 558:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProgressTracker = void 0;
/**
 * Tracks progress of one socket data transfer at a time.
 */
class ProgressTracker {
    constructor() {
        this.bytesOverall = 0;
        this.intervalMs = 500;
        this.onStop = noop;
        this.onHandle = noop;
    }
    /**
     * Register a new handler for progress info. Use `undefined` to disable reporting.
     */
    reportTo(onHandle = noop) {
        this.onHandle = onHandle;
    }
    /**
     * Start tracking transfer progress of a socket.
     *
     * @param socket  The socket to observe.
     * @param name  A name associated with this progress tracking, e.g. a filename.
     * @param type  The type of the transfer, typically "upload" or "download".
     */
    start(socket, name, type) {
        let lastBytes = 0;
        this.onStop = poll(this.intervalMs, () => {
            const bytes = socket.bytesRead + socket.bytesWritten;
            this.bytesOverall += bytes - lastBytes;
            lastBytes = bytes;
            this.onHandle({
                name,
                type,
                bytes,
                bytesOverall: this.bytesOverall
            });
        });
    }
    /**
     * Stop tracking transfer progress.
     */
    stop() {
        this.onStop(false);
    }
    /**
     * Call the progress handler one more time, then stop tracking.
     */
    updateAndStop() {
        this.onStop(true);
    }
}
exports.ProgressTracker = ProgressTracker;
/**
 * Starts calling a callback function at a regular interval. The first call will go out
 * immediately. The function returns a function to stop the polling.
 */
function poll(intervalMs, updateFunc) {
    const id = setInterval(updateFunc, intervalMs);
    const stopFunc = (stopWithUpdate) => {
        clearInterval(id);
        if (stopWithUpdate) {
            updateFunc();
        }
        // Prevent repeated calls to stop calling handler.
        updateFunc = noop;
    };
    updateFunc();
    return stopFunc;
}
function noop() { }


/***/ }),

/***/ 494:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 652:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StringWriter = void 0;
const stream_1 = __nccwpck_require__(203);
class StringWriter extends stream_1.Writable {
    constructor(maxByteLength = 1 * 1024 * 1024) {
        super();
        this.maxByteLength = maxByteLength;
        this.byteLength = 0;
        this.bufs = [];
    }
    _write(chunk, _, callback) {
        if (!(chunk instanceof Buffer)) {
            callback(new Error("StringWriter: expects chunks of type 'Buffer'."));
            return;
        }
        if (this.byteLength + chunk.byteLength > this.maxByteLength) {
            callback(new Error(`StringWriter: Maximum bytes exceeded, maxByteLength=${this.maxByteLength}.`));
            return;
        }
        this.byteLength += chunk.byteLength;
        this.bufs.push(chunk);
        callback(null);
    }
    getText(encoding) {
        return Buffer.concat(this.bufs).toString(encoding);
    }
}
exports.StringWriter = StringWriter;


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransferWatchdog = void 0;
/** How long to wait between two checks of a transfer at most, in milliseconds. */
const maxCheckIntervalMs = 500;
/**
 * How many checks a timeout is split into, at least. A transfer is only reported as stalled if
 * every single one of them found the connection idle. Deciding on a single check would make brief
 * moments where a transfer looks idle without being stalled matter, for example just after a
 * destination signalled that it can accept data again but before the first bytes arrived.
 *
 * Splitting into n checks means such a moment has to last about (n-1)/n of the timeout to be
 * mistaken for a stall, so the value matters much less than it being greater than one. It only
 * has an effect on timeouts below `minChecksPerTimeout * maxCheckIntervalMs` anyway, longer ones
 * are split into more checks by the interval limit alone.
 */
const minChecksPerTimeout = 4;
/**
 * Watches a data connection during a transfer and reports it as stalled if the server stopped
 * making progress.
 *
 * This replaces a plain inactivity timeout on the data socket. Such a timeout can't tell apart
 * "the server stopped sending" from "our own source or destination isn't ready yet". A slow local
 * stream is not an error: A download piped into a decompressor, or an upload fed by a stream that
 * computes its data, can legitimately leave the connection idle for minutes. Timing out on that
 * kills a healthy transfer and truncates the data the destination already received.
 *
 * Only time spent waiting for the server counts towards the timeout, see `isWaitingForServer`.
 */
class TransferWatchdog {
    constructor() {
        this.timer = undefined;
    }
    /**
     * Start watching a transfer. Calls `onStall` if the server hasn't made progress for
     * `timeout` milliseconds, or for twice that if we made it wait ourselves before that.
     * A timeout of 0 disables the watchdog.
     */
    start(socket, direction, timeout, onStall) {
        this.stop();
        if (timeout <= 0) {
            return;
        }
        const intervalMs = Math.max(1, Math.min(Math.floor(timeout / minChecksPerTimeout), maxCheckIntervalMs));
        let lastBytes = countBytes(socket);
        let idleMs = 0;
        let graceMs = 0;
        this.timer = setInterval(() => {
            const bytes = countBytes(socket);
            const madeProgress = bytes !== lastBytes;
            lastBytes = bytes;
            if (!isWaitingForServer(socket, direction)) {
                // We're the ones holding up the transfer. The server won't continue the moment
                // we're ready again: our backpressure closed the receive window and it only
                // learns that it reopened with its next probe, so grant that on top of timeout.
                idleMs = 0;
                graceMs = timeout;
                return;
            }
            if (madeProgress) {
                idleMs = 0;
                graceMs = 0;
                return;
            }
            // Count checks instead of measuring elapsed time: a blocked event loop delays our
            // checks just as much as it delays reading from the socket, and that's not something
            // the server should be blamed for.
            idleMs += intervalMs;
            if (idleMs >= timeout + graceMs) {
                this.stop();
                onStall();
            }
        }, intervalMs);
        // Don't keep the process alive just to watch a transfer.
        this.timer.unref();
    }
    /**
     * Stop watching. Safe to call at any time, also if no transfer is being watched.
     */
    stop() {
        if (this.timer) {
            clearInterval(this.timer);
            this.timer = undefined;
        }
    }
}
exports.TransferWatchdog = TransferWatchdog;
function countBytes(socket) {
    return socket.bytesRead + socket.bytesWritten;
}
/**
 * Returns true if the transfer can only continue once the server acts. When downloading, that's
 * the case as long as we're ready to receive: if the socket is paused, our destination applied
 * backpressure and the server may well be waiting for us. When uploading, it's the case if we
 * still have data queued that the server isn't accepting: an empty queue means we're waiting for
 * our own source instead.
 *
 * `isPaused()` only reports backpressure for a socket that is being piped, which is what
 * `downloadTo` in transfer.ts does. Should that ever change to reading the socket directly, e.g.
 * by iterating over it, this would report a transfer as stalled while it's waiting for us.
 */
function isWaitingForServer(socket, direction) {
    return direction === "download" ? !socket.isPaused() : socket.writableLength > 0;
}


/***/ }),

/***/ 528:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enterPassiveModeIPv6 = exports.enterPassiveModeIPv4 = void 0;
/**
 * Public API
 */
__exportStar(__nccwpck_require__(577), exports);
__exportStar(__nccwpck_require__(659), exports);
__exportStar(__nccwpck_require__(884), exports);
__exportStar(__nccwpck_require__(131), exports);
__exportStar(__nccwpck_require__(494), exports);
var transfer_1 = __nccwpck_require__(529);
Object.defineProperty(exports, "enterPassiveModeIPv4", ({ enumerable: true, get: function () { return transfer_1.enterPassiveModeIPv4; } }));
Object.defineProperty(exports, "enterPassiveModeIPv6", ({ enumerable: true, get: function () { return transfer_1.enterPassiveModeIPv6; } }));


/***/ }),

/***/ 702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeTLS = describeTLS;
exports.describeAddress = describeAddress;
exports.upgradeSocket = upgradeSocket;
exports.isLoopback = isLoopback;
exports.ipIsPrivateV4Address = ipIsPrivateV4Address;
const tls_1 = __nccwpck_require__(756);
/**
 * Returns a string describing the encryption on a given socket instance.
 */
function describeTLS(socket) {
    if (socket instanceof tls_1.TLSSocket) {
        const protocol = socket.getProtocol();
        return protocol ? protocol : "Server socket or disconnected client socket";
    }
    return "No encryption";
}
/**
 * Returns a string describing the remote address of a socket.
 */
function describeAddress(socket) {
    if (socket.remoteFamily === "IPv6") {
        return `[${socket.remoteAddress}]:${socket.remotePort}`;
    }
    return `${socket.remoteAddress}:${socket.remotePort}`;
}
/**
 * Upgrade a socket connection with TLS.
 */
function upgradeSocket(socket, options) {
    return new Promise((resolve, reject) => {
        const tlsOptions = Object.assign({}, options, {
            socket
        });
        const tlsSocket = (0, tls_1.connect)(tlsOptions, () => {
            const expectCertificate = tlsOptions.rejectUnauthorized !== false;
            if (expectCertificate && !tlsSocket.authorized) {
                reject(tlsSocket.authorizationError);
            }
            else {
                // Remove error listener added below.
                tlsSocket.removeAllListeners("error");
                resolve(tlsSocket);
            }
        }).once("error", error => {
            reject(error);
        });
    });
}
/**
 * Returns true if an IP address is a loopback address.
 */
function isLoopback(ip) {
    return ip === "::1" || ip.startsWith("127.");
}
/**
 * Returns true if an IP is a private address according to https://tools.ietf.org/html/rfc1918#section-3.
 * This will handle IPv4-mapped IPv6 addresses correctly but return false for all other IPv6 addresses.
 *
 * @param ip  The IP as a string, e.g. "192.168.0.1"
 */
function ipIsPrivateV4Address(ip = "") {
    // Handle IPv4-mapped IPv6 addresses like ::ffff:192.168.0.1
    if (ip.startsWith("::ffff:")) {
        ip = ip.substr(7); // Strip ::ffff: prefix
    }
    const octets = ip.split(".").map(o => parseInt(o, 10));
    return octets[0] === 10 // 10.0.0.0 - 10.255.255.255
        || (octets[0] === 172 && octets[1] >= 16 && octets[1] <= 31) // 172.16.0.0 - 172.31.255.255
        || (octets[0] === 192 && octets[1] === 168) // 192.168.0.0 - 192.168.255.255
        || ip === "127.0.0.1";
}


/***/ }),

/***/ 341:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseControlResponse = parseControlResponse;
exports.isSingleLine = isSingleLine;
exports.isMultiline = isMultiline;
exports.positiveCompletion = positiveCompletion;
exports.positiveIntermediate = positiveIntermediate;
const LF = "\n";
/**
 * Parse an FTP control response as a collection of messages. A message is a complete
 * single- or multiline response. A response can also contain multiple multiline responses
 * that will each be represented by a message. A response can also be incomplete
 * and be completed on the next incoming data chunk for which case this function also
 * describes a `rest`. This function converts all CRLF to LF.
 */
function parseControlResponse(text) {
    const lines = text.split(/\r?\n/).filter(isNotBlank);
    const messages = [];
    let startAt = 0;
    let tokenRegex;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        // No group has been opened.
        if (!tokenRegex) {
            if (isMultiline(line)) {
                // Open a group by setting an expected token.
                const token = line.substr(0, 3);
                tokenRegex = new RegExp(`^${token}(?:$| )`);
                startAt = i;
            }
            else if (isSingleLine(line)) {
                // Single lines can be grouped immediately.
                messages.push(line);
            }
        }
        // Group has been opened, expect closing token.
        else if (tokenRegex.test(line)) {
            tokenRegex = undefined;
            messages.push(lines.slice(startAt, i + 1).join(LF));
        }
    }
    // The last group might not have been closed, report it as a rest.
    const rest = tokenRegex ? lines.slice(startAt).join(LF) + LF : "";
    return { messages, rest };
}
function isSingleLine(line) {
    return /^\d\d\d(?:$| )/.test(line);
}
function isMultiline(line) {
    return /^\d\d\d-/.test(line);
}
/**
 * Return true if an FTP return code describes a positive completion.
 */
function positiveCompletion(code) {
    return code >= 200 && code < 300;
}
/**
 * Return true if an FTP return code describes a positive intermediate response.
 */
function positiveIntermediate(code) {
    return code >= 300 && code < 400;
}
function isNotBlank(str) {
    return str.trim() !== "";
}


/***/ }),

/***/ 131:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseList = parseList;
const dosParser = __importStar(__nccwpck_require__(829));
const unixParser = __importStar(__nccwpck_require__(913));
const mlsdParser = __importStar(__nccwpck_require__(677));
/**
 * Available directory listing parsers. These are candidates that will be tested
 * in the order presented. The first candidate will be used to parse the whole list.
 */
const availableParsers = [
    dosParser,
    unixParser,
    mlsdParser // Keep MLSD last, may accept filename only
];
function firstCompatibleParser(line, parsers) {
    return parsers.find(parser => parser.testLine(line) === true);
}
function isNotBlank(str) {
    return str.trim() !== "";
}
function isNotMeta(str) {
    return !str.startsWith("total");
}
const REGEX_NEWLINE = /\r?\n/;
/**
 * Parse raw directory listing.
 */
function parseList(rawList) {
    const lines = rawList
        .split(REGEX_NEWLINE)
        .filter(isNotBlank)
        .filter(isNotMeta);
    if (lines.length === 0) {
        return [];
    }
    const testLine = lines[lines.length - 1];
    const parser = firstCompatibleParser(testLine, availableParsers);
    if (!parser) {
        throw new Error("This library only supports MLSD, Unix- or DOS-style directory listing. Your FTP server seems to be using another format. You can see the transmitted listing when setting `client.ftp.verbose = true`. You can then provide a custom parser to `client.parseList`, see the documentation for details.");
    }
    const files = lines
        .map(parser.parseLine)
        .filter((info) => info !== undefined);
    return parser.transformList(files);
}


/***/ }),

/***/ 829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.testLine = testLine;
exports.parseLine = parseLine;
exports.transformList = transformList;
const FileInfo_1 = __nccwpck_require__(884);
/**
 * This parser is based on the FTP client library source code in Apache Commons Net provided
 * under the Apache 2.0 license. It has been simplified and rewritten to better fit the Javascript language.
 *
 * https://github.com/apache/commons-net/blob/master/src/main/java/org/apache/commons/net/ftp/parser/NTFTPEntryParser.java
 *
 * Keep this expression anchored: without it a line that can't be parsed is retried at every position,
 * and as the expression starts with `\S+` each attempt is itself linear in the length of the line. A
 * single long line without whitespace would cost O(n²), which a server could use to block the event loop.
 */
const RE_LINE = new RegExp("^\\s*" // anchor, `testLine` below is even stricter about this
    + "(\\S+)\\s+(\\S+)\\s+" // MM-dd-yy whitespace hh:mma|kk:mm swallow trailing spaces
    + "(?:(<DIR>)|([0-9]+))\\s+" // <DIR> or ddddd swallow trailing spaces
    + "(\\S.*)" // First non-space followed by rest of line (name)
);
/**
 * Returns true if a given line might be a DOS-style listing.
 *
 * - Example: `12-05-96  05:03PM       <DIR>          myDir`
 */
function testLine(line) {
    return /^\d{2}/.test(line) && RE_LINE.test(line);
}
/**
 * Parse a single line of a DOS-style directory listing.
 */
function parseLine(line) {
    const groups = line.match(RE_LINE);
    if (groups === null) {
        return undefined;
    }
    const name = groups[5];
    if (name === "." || name === "..") { // Ignore parent directory links
        return undefined;
    }
    const file = new FileInfo_1.FileInfo(name);
    const fileType = groups[3];
    if (fileType === "<DIR>") {
        file.type = FileInfo_1.FileType.Directory;
        file.size = 0;
    }
    else {
        file.type = FileInfo_1.FileType.File;
        file.size = parseInt(groups[4], 10);
    }
    file.rawModifiedAt = groups[1] + " " + groups[2];
    return file;
}
function transformList(files) {
    return files;
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.testLine = testLine;
exports.parseLine = parseLine;
exports.transformList = transformList;
exports.parseMLSxDate = parseMLSxDate;
const FileInfo_1 = __nccwpck_require__(884);
function parseSize(value, info) {
    info.size = parseInt(value, 10);
}
/**
 * Parsers for MLSD facts.
 */
const factHandlersByName = {
    "size": parseSize, // File size
    "sizd": parseSize, // Directory size
    "unique": (value, info) => {
        info.uniqueID = value;
    },
    "modify": (value, info) => {
        info.modifiedAt = parseMLSxDate(value);
        info.rawModifiedAt = info.modifiedAt.toISOString();
    },
    "type": (value, info) => {
        // There seems to be confusion on how to handle symbolic links for Unix. RFC 3659 doesn't describe
        // this but mentions some examples using the syntax `type=OS.unix=slink:<target>`. But according to
        // an entry in the Errata (https://www.rfc-editor.org/errata/eid1500) this syntax can't be valid.
        // Instead it proposes to use `type=OS.unix=symlink` and to then list the actual target of the
        // symbolic link as another entry in the directory listing. The unique identifiers can then be used
        // to derive the connection between link(s) and target. We'll have to handle both cases as there
        // are differing opinions on how to deal with this. Here are some links on this topic:
        // - ProFTPD source: https://github.com/proftpd/proftpd/blob/56e6dfa598cbd4ef5c6cba439bcbcd53a63e3b21/modules/mod_facts.c#L531
        // - ProFTPD bug: http://bugs.proftpd.org/show_bug.cgi?id=3318
        // - ProFTPD statement: http://www.proftpd.org/docs/modules/mod_facts.html
        // – FileZilla bug: https://trac.filezilla-project.org/ticket/9310
        if (value.startsWith("OS.unix=slink")) {
            info.type = FileInfo_1.FileType.SymbolicLink;
            info.link = value.substr(value.indexOf(":") + 1);
            return 1 /* FactHandlerResult.Continue */;
        }
        switch (value) {
            case "file":
                info.type = FileInfo_1.FileType.File;
                break;
            case "dir":
                info.type = FileInfo_1.FileType.Directory;
                break;
            case "OS.unix=symlink":
                info.type = FileInfo_1.FileType.SymbolicLink;
                // The target of the symbolic link might be defined in another line in the directory listing.
                // We'll handle this in `transformList()` below.
                break;
            case "cdir": // Current directory being listed
            case "pdir": // Parent directory
                return 2 /* FactHandlerResult.IgnoreFile */; // Don't include these entries in the listing
            default:
                info.type = FileInfo_1.FileType.Unknown;
        }
        return 1 /* FactHandlerResult.Continue */;
    },
    "unix.mode": (value, info) => {
        const digits = value.substr(-3);
        info.permissions = {
            user: parseInt(digits[0], 10),
            group: parseInt(digits[1], 10),
            world: parseInt(digits[2], 10)
        };
    },
    "unix.ownername": (value, info) => {
        info.user = value;
    },
    "unix.owner": (value, info) => {
        if (info.user === undefined)
            info.user = value;
    },
    get "unix.uid"() {
        return this["unix.owner"];
    },
    "unix.groupname": (value, info) => {
        info.group = value;
    },
    "unix.group": (value, info) => {
        if (info.group === undefined)
            info.group = value;
    },
    get "unix.gid"() {
        return this["unix.group"];
    }
    // Regarding the fact "perm":
    // We don't handle permission information stored in "perm" because its information is conceptually
    // different from what users of FTP clients usually associate with "permissions". Those that have
    // some expectations (and probably want to edit them with a SITE command) often unknowingly expect
    // the Unix permission system. The information passed by "perm" describes what FTP commands can be
    // executed with a file/directory. But even this can be either incomplete or just meant as a "guide"
    // as the spec mentions. From https://tools.ietf.org/html/rfc3659#section-7.5.5: "The permissions are
    // described here as they apply to FTP commands. They may not map easily into particular permissions
    // available on the server's operating system." The parser by Apache Commons tries to translate these
    // to Unix permissions – this is misleading users and might not even be correct.
};
/**
 * Split a string once at the first position of a delimiter. For example
 * `splitStringOnce("a b c d", " ")` returns `["a", "b c d"]`.
 */
function splitStringOnce(str, delimiter) {
    const pos = str.indexOf(delimiter);
    const a = str.substr(0, pos);
    const b = str.substr(pos + delimiter.length);
    return [a, b];
}
/**
 * Returns true if a given line might be part of an MLSD listing.
 *
 * - Example 1: `size=15227;type=dir;perm=el;modify=20190419065730; test one`
 * - Example 2: ` file name` (leading space)
 *
 * Keep `=` out of the fact name: if both sides of the first `=` could contain it, a long line of `=`
 * without `;` would be retried at every split point, costing O(n²) and blocking the event loop.
 */
function testLine(line) {
    return /^[^\s=]+=\S+;/.test(line) || line.startsWith(" ");
}
/**
 * Parse single line as MLSD listing, see specification at https://tools.ietf.org/html/rfc3659#section-7.
 */
function parseLine(line) {
    const [packedFacts, name] = splitStringOnce(line, " ");
    if (name === "" || name === "." || name === "..") {
        return undefined;
    }
    const info = new FileInfo_1.FileInfo(name);
    const facts = packedFacts.split(";");
    for (const fact of facts) {
        const [factName, factValue] = splitStringOnce(fact, "=");
        if (!factValue) {
            continue;
        }
        // The fact name comes from the server, only accept own keys and not ones like `__proto__`.
        const key = factName.toLowerCase();
        if (!Object.prototype.hasOwnProperty.call(factHandlersByName, key)) {
            continue;
        }
        const result = factHandlersByName[key](factValue, info);
        if (result === 2 /* FactHandlerResult.IgnoreFile */) {
            return undefined;
        }
    }
    return info;
}
function transformList(files) {
    // Create a map of all files that are not symbolic links by their unique ID
    const nonLinksByID = new Map();
    for (const file of files) {
        if (!file.isSymbolicLink && file.uniqueID !== undefined) {
            nonLinksByID.set(file.uniqueID, file);
        }
    }
    const resolvedFiles = [];
    for (const file of files) {
        // Try to associate unresolved symbolic links with a target file/directory.
        if (file.isSymbolicLink && file.uniqueID !== undefined && file.link === undefined) {
            const target = nonLinksByID.get(file.uniqueID);
            if (target !== undefined) {
                file.link = target.name;
            }
        }
        // The target of a symbolic link is listed as an entry in the directory listing but might
        // have a path pointing outside of this directory. In that case we don't want this entry
        // to be part of the listing. We generally don't want these kind of entries at all.
        const isPartOfDirectory = !file.name.includes("/");
        if (isPartOfDirectory) {
            resolvedFiles.push(file);
        }
    }
    return resolvedFiles;
}
/**
 * Parse date as specified in https://tools.ietf.org/html/rfc3659#section-2.3.
 *
 * Message contains response code and modified time in the format: YYYYMMDDHHMMSS[.sss]
 * For example `19991005213102` or `19980615100045.014`.
 */
function parseMLSxDate(fact) {
    return new Date(Date.UTC(+fact.slice(0, 4), // Year
    +fact.slice(4, 6) - 1, // Month
    +fact.slice(6, 8), // Date
    +fact.slice(8, 10), // Hours
    +fact.slice(10, 12), // Minutes
    +fact.slice(12, 14), // Seconds
    +fact.slice(15, 18) // Milliseconds
    ));
}


/***/ }),

/***/ 913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.testLine = testLine;
exports.parseLine = parseLine;
exports.transformList = transformList;
const FileInfo_1 = __nccwpck_require__(884);
const JA_MONTH = "\u6708";
const JA_DAY = "\u65e5";
const JA_YEAR = "\u5e74";
/**
 * This parser is based on the FTP client library source code in Apache Commons Net provided
 * under the Apache 2.0 license. It has been simplified and rewritten to better fit the Javascript language.
 *
 * https://github.com/apache/commons-net/blob/master/src/main/java/org/apache/commons/net/ftp/parser/UnixFTPEntryParser.java
 *
 * Below is the regular expression used by this parser.
 *
 * Permissions:
 *    r   the file is readable
 *    w   the file is writable
 *    x   the file is executable
 *    -   the indicated permission is not granted
 *    L   mandatory locking occurs during access (the set-group-ID bit is
 *        on and the group execution bit is off)
 *    s   the set-user-ID or set-group-ID bit is on, and the corresponding
 *        user or group execution bit is also on
 *    S   undefined bit-state (the set-user-ID bit is on and the user
 *        execution bit is off)
 *    t   the 1000 (octal) bit, or sticky bit, is on [see chmod(1)], and
 *        execution is on
 *    T   the 1000 bit is turned on, and execution is off (undefined bit-
 *        state)
 *    e   z/OS external link bit
 *    Final letter may be appended:
 *    +   file has extended security attributes (e.g. ACL)
 *    Note: local listings on MacOSX also use '@'
 *    this is not allowed for here as does not appear to be shown by FTP servers
 *    {@code @}   file has extended attributes
 *
 * Keep this expression anchored and both name quantifiers bounded: spaces are allowed in the owner and
 * group name, so an unbounded pair of them makes a line that can't be parsed cost O(n²) in its length,
 * which a server could use to block the event loop.
 */
const RE_LINE = new RegExp("^[\\s\\d]*" // anchor, skipping an inode/block count as reported by `ls -i` or `ls -s`
    + "([bcdelfmpSs-])" // file type
    + "(((r|-)(w|-)([xsStTL-]))((r|-)(w|-)([xsStTL-]))((r|-)(w|-)([xsStTL-]?)))\\+?" // permissions
    + "\\s*" // separator TODO why allow it to be omitted??
    + "(\\d+)" // link count
    + "\\s+" // separator
    + "(?:(\\S+(?:\\s\\S+){0,7}?)\\s+)?" // owner name (bounded, may contain spaces)
    + "(?:(\\S+(?:\\s\\S+){0,7})\\s+)?" // group name (bounded, may contain spaces)
    + "(\\d+(?:,\\s*\\d+)?)" // size or n,m
    + "\\s+" // separator
    /**
     * numeric or standard format date:
     *   yyyy-mm-dd (expecting hh:mm to follow)
     *   MMM [d]d
     *   [d]d MMM
     *   N.B. use non-space for MMM to allow for languages such as German which use
     *   diacritics (e.g. umlaut) in some abbreviations.
     *   Japanese uses numeric day and month with suffixes to distinguish them
     *   [d]dXX [d]dZZ
     */
    + "(" +
    "(?:\\d+[-/]\\d+[-/]\\d+)" + // yyyy-mm-dd
    "|(?:\\S{3}\\s+\\d{1,2})" + // MMM [d]d
    "|(?:\\d{1,2}\\s+\\S{3})" + // [d]d MMM
    "|(?:\\d{1,2}" + JA_MONTH + "\\s+\\d{1,2}" + JA_DAY + ")" +
    ")"
    + "\\s+" // separator
    /**
     * year (for non-recent standard format) - yyyy
     * or time (for numeric or recent standard format) [h]h:mm
     * or Japanese year - yyyyXX
     */
    + "((?:\\d+(?::\\d+)?)|(?:\\d{4}" + JA_YEAR + "))" // (20)
    + "\\s" // separator
    + "(.*)"); // the rest (21)
/**
 * Returns true if a given line might be a Unix-style listing.
 *
 * - Example: `-rw-r--r--+   1 patrick  staff   1057 Dec 11 14:35 test.txt`
 */
function testLine(line) {
    return RE_LINE.test(line);
}
/**
 * Parse a single line of a Unix-style directory listing.
 */
function parseLine(line) {
    const groups = line.match(RE_LINE);
    if (groups === null) {
        return undefined;
    }
    const name = groups[21];
    if (name === "." || name === "..") { // Ignore parent directory links
        return undefined;
    }
    const file = new FileInfo_1.FileInfo(name);
    file.size = parseInt(groups[18], 10);
    file.user = groups[16];
    file.group = groups[17];
    file.hardLinkCount = parseInt(groups[15], 10);
    file.rawModifiedAt = groups[19] + " " + groups[20];
    file.permissions = {
        user: parseMode(groups[4], groups[5], groups[6]),
        group: parseMode(groups[8], groups[9], groups[10]),
        world: parseMode(groups[12], groups[13], groups[14]),
    };
    // Set file type
    switch (groups[1].charAt(0)) {
        case "d":
            file.type = FileInfo_1.FileType.Directory;
            break;
        case "e": // NET-39 => z/OS external link
            file.type = FileInfo_1.FileType.SymbolicLink;
            break;
        case "l":
            file.type = FileInfo_1.FileType.SymbolicLink;
            break;
        case "b":
        case "c":
            file.type = FileInfo_1.FileType.File; // TODO change this if DEVICE_TYPE implemented
            break;
        case "f":
        case "-":
            file.type = FileInfo_1.FileType.File;
            break;
        default:
            // A 'whiteout' file is an ARTIFICIAL entry in any of several types of
            // 'translucent' filesystems, of which a 'union' filesystem is one.
            file.type = FileInfo_1.FileType.Unknown;
    }
    // Separate out the link name for symbolic links
    if (file.isSymbolicLink) {
        const end = name.indexOf(" -> ");
        if (end !== -1) {
            file.name = name.substring(0, end);
            file.link = name.substring(end + 4);
        }
    }
    return file;
}
function transformList(files) {
    return files;
}
function parseMode(r, w, x) {
    let value = 0;
    if (r !== "-") {
        value += FileInfo_1.FileInfo.UnixPermission.Read;
    }
    if (w !== "-") {
        value += FileInfo_1.FileInfo.UnixPermission.Write;
    }
    const execToken = x.charAt(0);
    if (execToken !== "-" && execToken.toUpperCase() !== execToken) {
        value += FileInfo_1.FileInfo.UnixPermission.Execute;
    }
    return value;
}


/***/ }),

/***/ 254:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSafePathName = isSafePathName;
const path = __importStar(__nccwpck_require__(928));
/**
 * Returns true if a name from a directory listing can only refer to an entry directly inside a
 * local directory when joined with its path.
 */
function isSafePathName(name, localPath = path) {
    if (!name || name === "." || name === ".." || name.includes("/")) {
        return false;
    }
    if (localPath.sep === "\\") {
        // Windows also separates with "\", reads ":" as a drive (older Node joins "." and "C:" to
        // "C:", see CVE-2025-23084) and ignores trailing dots and spaces, so ".. " acts like "..".
        return !/[\\:]/.test(name) && !/^[. ]+$/.test(name);
    }
    return true;
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enterPassiveModeIPv6 = enterPassiveModeIPv6;
exports.parseEpsvResponse = parseEpsvResponse;
exports.enterPassiveModeIPv4 = enterPassiveModeIPv4;
exports.enterPassiveModeIPv4_forceControlHostIP = enterPassiveModeIPv4_forceControlHostIP;
exports.parsePasvResponse = parsePasvResponse;
exports.connectForPassiveTransfer = connectForPassiveTransfer;
exports.uploadFrom = uploadFrom;
exports.downloadTo = downloadTo;
const stream_1 = __nccwpck_require__(203);
const tls_1 = __nccwpck_require__(756);
const TransferWatchdog_1 = __nccwpck_require__(266);
const netUtils_1 = __nccwpck_require__(702);
const parseControlResponse_1 = __nccwpck_require__(341);
/**
 * Prepare a data socket using passive mode over IPv6.
 */
async function enterPassiveModeIPv6(ftp) {
    const res = await ftp.request("EPSV");
    const port = parseEpsvResponse(res.message);
    if (!port) {
        throw new Error("Can't parse EPSV response: " + res.message);
    }
    const controlHost = ftp.socket.remoteAddress;
    if (controlHost === undefined) {
        throw new Error("Control socket is disconnected, can't get remote address.");
    }
    await connectForPassiveTransfer(controlHost, port, ftp);
    return res;
}
/**
 * Parse an EPSV response. Returns only the port as in EPSV the host of the control connection is used.
 */
function parseEpsvResponse(message) {
    // Get port from EPSV response, e.g. "229 Entering Extended Passive Mode (|||6446|)"
    // Some FTP Servers such as the one on IBM i (OS/400) use ! instead of | in their EPSV response.
    const groups = message.match(/[|!]{3}(.+)[|!]/);
    if (groups === null || groups[1] === undefined) {
        throw new Error(`Can't parse response to 'EPSV': ${message}`);
    }
    const port = parseInt(groups[1], 10);
    if (Number.isNaN(port)) {
        throw new Error(`Can't parse response to 'EPSV', port is not a number: ${message}`);
    }
    return port;
}
/**
 * Prepare a data socket using passive mode over IPv4.
 */
async function enterPassiveModeIPv4(ftp) {
    const res = await ftp.request("PASV");
    const target = parsePasvResponse(res.message);
    if (!target) {
        throw new Error("Can't parse PASV response: " + res.message);
    }
    // If the host in the PASV response has a local address while the control connection hasn't,
    // we assume a NAT issue and use the IP of the control connection as the target for the data connection.
    // We can't always perform this replacement because it's possible (although unlikely) that the FTP server
    // indeed uses a different host for data connections.
    const controlHost = ftp.socket.remoteAddress;
    if ((0, netUtils_1.ipIsPrivateV4Address)(target.host) && controlHost && !(0, netUtils_1.ipIsPrivateV4Address)(controlHost)) {
        target.host = controlHost;
    }
    await connectForPassiveTransfer(target.host, target.port, ftp);
    return res;
}
/**
 * Prepare a data socket using passive mode over IPv4.
 *
 * Will throw an error if the IP provided by the PASV response doesn't match the one of the control connection.
 * The error will contain detailed information. This is done to provide more security by preventing FTP bounce
 * attacks.
 */
async function enterPassiveModeIPv4_forceControlHostIP(ftp) {
    const res = await ftp.request("PASV");
    const target = parsePasvResponse(res.message);
    if (!target) {
        throw new Error("Can't parse PASV response: " + res.message);
    }
    const controlHost = ftp.socket.remoteAddress;
    if (controlHost === undefined) {
        throw new Error("Control socket is disconnected, can't get remote address.");
    }
    // Strip IPv4-mapped IPv6 prefix (e.g. "::ffff:1.2.3.4" → "1.2.3.4") so the
    // comparison works regardless of whether the OS uses a dual-stack socket.
    const normalizedControlHost = controlHost.replace(/^::ffff:/i, "");
    const hostsAreCompatible = normalizedControlHost === target.host
        || ((0, netUtils_1.isLoopback)(normalizedControlHost) && (0, netUtils_1.isLoopback)(target.host));
    if (!hostsAreCompatible) {
        throw new Error(`PASV returned another host (${target.host}) for data transfer that you have connected to (${controlHost}). Even though the FTP protocol allows this, basic-ftp disables this feature by default for security reasons. If you do need this feature, instantiate the Client with the optional paramter "allowSeparateTransferHost: true". See the README documentation for more information.`);
    }
    await connectForPassiveTransfer(normalizedControlHost, target.port, ftp);
    return res;
}
/**
 * Parse a PASV response.
 */
function parsePasvResponse(message) {
    // Get host and port from PASV response, e.g. "227 Entering Passive Mode (192,168,1,100,10,229)"
    // Only start a match at the beginning of a number: retrying at every digit of a long number
    // without commas would cost O(n²), which a server could use to block the event loop.
    const groups = message.match(/(?<![-\d])([-\d]+,[-\d]+,[-\d]+,[-\d]+),([-\d]+),([-\d]+)/);
    if (groups === null || groups.length !== 4) {
        throw new Error(`Can't parse response to 'PASV': ${message}`);
    }
    return {
        host: groups[1].replace(/,/g, "."),
        port: (parseInt(groups[2], 10) & 255) * 256 + (parseInt(groups[3], 10) & 255)
    };
}
function connectForPassiveTransfer(host, port, ftp) {
    return new Promise((resolve, reject) => {
        const rawSocket = ftp._newSocket();
        let socket = rawSocket;
        const handleConnErr = function (err) {
            err.message = "Can't open data connection in passive mode: " + err.message;
            reject(err);
        };
        const handleTimeout = function () {
            socket.destroy();
            reject(new Error(`Timeout when trying to open data connection to ${host}:${port}`));
        };
        socket.setTimeout(ftp.timeout);
        socket.on("error", handleConnErr);
        socket.on("timeout", handleTimeout);
        socket.connect({ port, host, family: ftp.ipFamily }, () => {
            var _a;
            if (ftp.socket instanceof tls_1.TLSSocket) {
                const tlsSocket = (0, tls_1.connect)(Object.assign({}, ftp.tlsOptions, {
                    socket: rawSocket,
                    // Reuse the TLS session negotiated earlier when the control connection
                    // was upgraded. Servers expect this because it provides additional
                    // security: If a completely new session would be negotiated, a hacker
                    // could guess the port and connect to the new data connection before we do
                    // by just starting his/her own TLS session.
                    session: (_a = ftp.tlsSessionStore) !== null && _a !== void 0 ? _a : ftp.socket.getSession()
                }));
                // When the server issues a new session ticket after this data connection's
                // TLS handshake (TLS 1.3 single-use tickets), capture it so the next data
                // connection can present a fresh ticket and resume successfully.
                tlsSocket.on("session", session => { ftp.tlsSessionStore = session; });
                socket = tlsSocket;
                // It's the responsibility of the transfer task to wait until the
                // TLS socket issued the event 'secureConnect'. We can't do this
                // here because some servers will start upgrading after the
                // specific transfer request has been made. List and download don't
                // have to wait for this event because the server sends whenever it
                // is ready. But for upload this has to be taken into account,
                // see the details in the upload() function below.
            }
            // Disable the timeout that was guarding the connection attempt. This has to happen on
            // the socket it was set on: when using TLS, `socket` is by now a wrapper around that
            // socket, and a timeout left running underneath would destroy the data connection
            // during a transfer that is idle for a legitimate reason.
            rawSocket.setTimeout(0);
            // Let the FTPContext listen to errors from now on, remove local handler.
            socket.removeListener("error", handleConnErr);
            socket.removeListener("timeout", handleTimeout);
            ftp.dataSocket = socket;
            resolve();
        });
    });
}
/**
 * Helps resolving/rejecting transfers.
 *
 * This is used internally for all FTP transfers. For example when downloading, the server might confirm
 * with "226 Transfer complete" when in fact the download on the data connection has not finished
 * yet. With all transfers we make sure that a) the result arrived and b) has been confirmed by
 * e.g. the control connection. We just don't know in which order this will happen.
 */
class TransferResolver {
    /**
     * Instantiate a TransferResolver
     */
    constructor(ftp, progress) {
        this.ftp = ftp;
        this.progress = progress;
        this.response = undefined;
        this.dataTransferDone = false;
        this.taskSettled = false;
        this.watchdog = new TransferWatchdog_1.TransferWatchdog();
    }
    /**
     * Mark the beginning of a transfer.
     *
     * @param name - Name of the transfer, usually the filename.
     * @param type - Type of transfer, usually "upload" or "download".
     */
    onDataStart(name, type) {
        // Let the data connection be in charge of tracking timeouts during transfer.
        // The control socket sits idle during this time anyway and might provoke
        // a timeout unnecessarily. The control connection will take care
        // of timeouts again once data transfer is complete or failed.
        if (this.ftp.dataSocket === undefined) {
            throw new Error("Data transfer should start but there is no data connection.");
        }
        this.ftp.socket.setTimeout(0);
        // An inactivity timeout on the data socket would also fire while a slow local source or
        // destination is holding up an otherwise healthy transfer. Watch the transfer instead.
        this.ftp.dataSocket.setTimeout(0);
        this.watchdog.start(this.ftp.dataSocket, type === "upload" ? "upload" : "download", this.ftp.timeout, () => {
            this.ftp.closeWithError(new Error("Timeout (data socket)"));
        });
        this.progress.start(this.ftp.dataSocket, name, type);
    }
    /**
     * The data connection has finished the transfer.
     */
    onDataDone(task) {
        if (this.taskSettled) {
            return;
        }
        this.watchdog.stop();
        this.progress.updateAndStop();
        // Hand-over timeout tracking back to the control connection. It's possible that
        // we don't receive the response over the control connection that the transfer is
        // done. In this case, we want to correctly associate the resulting timeout with
        // the control connection.
        this.ftp.socket.setTimeout(this.ftp.timeout);
        this.dataTransferDone = true;
        this.tryResolve(task);
    }
    /**
     * The control connection reports the transfer as finished.
     */
    onControlDone(task, response) {
        this.response = response;
        this.tryResolve(task);
    }
    /**
     * An error has been reported and the task should be rejected.
     */
    onError(task, err) {
        // A transfer can report a problem more than once, e.g. when the server sends an error
        // response and the stream of the data connection reports the resulting shutdown as an
        // error as well. Only the first one decides the outcome, acting on a later one would
        // interfere with whatever the client is doing by then.
        if (this.taskSettled) {
            return;
        }
        this.taskSettled = true;
        this.watchdog.stop();
        this.progress.updateAndStop();
        this.ftp.socket.setTimeout(this.ftp.timeout);
        this.ftp.dataSocket = undefined;
        task.reject(err);
    }
    /**
     * Control connection sent an unexpected request requiring a response from our part. We
     * can't provide that (because unknown) and have to close the contrext with an error because
     * the FTP server is now caught up in a state we can't resolve.
     */
    onUnexpectedRequest(response) {
        const err = new Error(`Unexpected FTP response is requesting an answer: ${response.message}`);
        this.ftp.closeWithError(err);
    }
    tryResolve(task) {
        // To resolve, we need both control and data connection to report that the transfer is done.
        const canResolve = this.dataTransferDone && this.response !== undefined;
        if (canResolve) {
            this.taskSettled = true;
            this.ftp.dataSocket = undefined;
            task.resolve(this.response);
        }
    }
}
function uploadFrom(source, config) {
    const resolver = new TransferResolver(config.ftp, config.tracker);
    const fullCommand = `${config.command} ${config.remotePath}`;
    // This handler runs for every reply that arrives while the task is active. RFC 959 lists
    // "125" and "150" as alternatives, so a well-behaved server sends exactly one of them, but
    // nothing here enforces that. Let only the first one start the transfer: piping the source
    // into the data connection a second time writes parts of it twice and would silently
    // corrupt the remote file.
    let transferStarted = false;
    return config.ftp.handle(fullCommand, (res, task) => {
        if (res instanceof Error) {
            resolver.onError(task, res);
        }
        else if (res.code === 150 || res.code === 125) { // Ready to upload
            if (transferStarted) {
                return;
            }
            transferStarted = true;
            const dataSocket = config.ftp.dataSocket;
            if (!dataSocket) {
                resolver.onError(task, new Error("Upload should begin but no data connection is available."));
                return;
            }
            // If we are using TLS, we have to wait until the dataSocket issued
            // 'secureConnect'. If this hasn't happened yet, getCipher() returns undefined.
            const canUpload = "getCipher" in dataSocket ? dataSocket.getCipher() !== undefined : true;
            onConditionOrEvent(canUpload, dataSocket, "secureConnect", () => {
                config.ftp.log(`Uploading to ${(0, netUtils_1.describeAddress)(dataSocket)} (${(0, netUtils_1.describeTLS)(dataSocket)})`);
                resolver.onDataStart(config.remotePath, config.type);
                (0, stream_1.pipeline)(source, dataSocket, err => {
                    if (err) {
                        resolver.onError(task, err);
                    }
                    else {
                        resolver.onDataDone(task);
                    }
                });
            });
        }
        else if ((0, parseControlResponse_1.positiveCompletion)(res.code)) { // Transfer complete
            resolver.onControlDone(task, res);
        }
        else if ((0, parseControlResponse_1.positiveIntermediate)(res.code)) {
            resolver.onUnexpectedRequest(res);
        }
        // Ignore all other positive preliminary response codes (< 200)
    });
}
function downloadTo(destination, config) {
    if (!config.ftp.dataSocket) {
        throw new Error("Download will be initiated but no data connection is available.");
    }
    const resolver = new TransferResolver(config.ftp, config.tracker);
    // See the comment in uploadFrom(): only the first preliminary reply may start the transfer.
    let transferStarted = false;
    return config.ftp.handle(config.command, (res, task) => {
        if (res instanceof Error) {
            resolver.onError(task, res);
        }
        else if (res.code === 150 || res.code === 125) { // Ready to download
            if (transferStarted) {
                return;
            }
            transferStarted = true;
            const dataSocket = config.ftp.dataSocket;
            if (!dataSocket) {
                resolver.onError(task, new Error("Download should begin but no data connection is available."));
                return;
            }
            config.ftp.log(`Downloading from ${(0, netUtils_1.describeAddress)(dataSocket)} (${(0, netUtils_1.describeTLS)(dataSocket)})`);
            resolver.onDataStart(config.remotePath, config.type);
            // Keep piping the data connection: TransferWatchdog recognizes a destination that
            // can't keep up by the socket being paused, and only piping does that. Consuming the
            // socket in another way, e.g. by iterating over it, makes the watchdog report a
            // transfer as stalled while it's in fact waiting for us.
            (0, stream_1.pipeline)(dataSocket, destination, err => {
                if (err) {
                    resolver.onError(task, err);
                }
                else {
                    resolver.onDataDone(task);
                }
            });
        }
        else if (res.code === 350) { // Restarting at startAt.
            config.ftp.send("RETR " + config.remotePath);
        }
        else if ((0, parseControlResponse_1.positiveCompletion)(res.code)) { // Transfer complete
            resolver.onControlDone(task, res);
        }
        else if ((0, parseControlResponse_1.positiveIntermediate)(res.code)) {
            resolver.onUnexpectedRequest(res);
        }
        // Ignore all other positive preliminary response codes (< 200)
    });
}
/**
 * Calls a function immediately if a condition is met or subscribes to an event and calls
 * it once the event is emitted.
 *
 * @param condition  The condition to test.
 * @param emitter  The emitter to use if the condition is not met.
 * @param eventName  The event to subscribe to if the condition is not met.
 * @param action  The function to call.
 */
function onConditionOrEvent(condition, emitter, eventName, action) {
    if (condition === true) {
        action();
    }
    else {
        emitter.once(eventName, () => action());
    }
}


/***/ }),

/***/ 673:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 30:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ syncAction)
});

// EXTERNAL MODULE: ./packages/core/lib/settings/values.js
var values = __nccwpck_require__(518);
;// CONCATENATED MODULE: ./packages/core/lib/sync/types.js
/**
 * The shapes the sync modules share: scanned trees, the state of the last
 * sync, and the plan. Plain data, so `plan.ts` stays pure and every step can
 * be tested on its own.
 */
/** The compare modes a user can choose. */
const compareModes = ['manifest', 'size-time', 'size', 'checksum'];
/** How hash algorithms are named in messages: "SHA-256", "MD5". */
const hashAlgorithmNames = {
    sha256: 'SHA-256',
    sha1: 'SHA-1',
    md5: 'MD5',
    crc32: 'CRC-32',
};
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __nccwpck_require__(759);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var core = __nccwpck_require__(473);
;// CONCATENATED MODULE: ./packages/core/lib/settings/paths.js
/**
 * Remote paths as inputs. FTP sends paths inside commands on the control
 * connection, so a line break in a path would be a second command: refuse
 * control characters outright rather than trust every layer to escape them.
 */


/** A remote path; '' is allowed and means the login directory. */
const remotePath = () => schemas/* string */.YjP().transform((raw, ctx) => {
    const value = raw.trim();
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
    if (/[\u0000-\u001f\u007f]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must not contain control characters (line breaks, tabs, NUL)' });
        return core/* NEVER */.tm;
    }
    return value;
});
/** A local-dir input resolved against the workspace; '' means the workspace itself. */
function resolveLocalDir(localDir, workspace) {
    if (localDir === '')
        return workspace;
    return (0,external_node_path_namespaceObject.isAbsolute)(localDir) ? localDir : (0,external_node_path_namespaceObject.resolve)(workspace, localDir);
}
//# sourceMappingURL=paths.js.map
// EXTERNAL MODULE: ./packages/core/lib/settings/connection.js
var settings_connection = __nccwpck_require__(356);
;// CONCATENATED MODULE: ./packages/core/lib/settings/transfer.js


const overwriteModes = (/* unused pure expression or super */ null && (['always', 'never', 'if-different']));
/** The transfer inputs every file-moving action takes. */
const transferInputs = {
    atomic: {
        default: 'true',
        description: 'Write each file under a temporary name in the same directory and rename it into place, so nobody sees half a file.',
        schema: (0,values/* boolean */.zM)(),
    },
    'preserve-mtime': {
        default: 'false',
        description: "Give the copy the original's modification time (MFMT or MDTM on the server, utimes locally).",
        schema: (0,values/* boolean */.zM)(),
    },
    'dry-run': { default: 'false', description: 'List what would be transferred and change nothing.', schema: (0,values/* boolean */.zM)() },
};
/** `overwrite` with the meaning of "different" each action documents. */
function overwriteInput(different) {
    return {
        default: 'always',
        description: `What to do when the target exists: always (replace it), never (skip it) or if-different (replace it when ${different} differ).`,
        schema: oneOf(overwriteModes),
    };
}
/** A required remote directory. */
function remoteDirInput(description) {
    return { required: true, description, schema: remotePath() };
}
//# sourceMappingURL=transfer.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/order.js
/**
 * The order a deploy sends files in. With `assets-first`, a page is never
 * live before the assets it points at: everything else goes first, then the
 * pages (*.html, *.htm, *.php), then the entry pages (index.html and the
 * like), each phase finishing before the next starts. Pure: paths in,
 * phases of indices out.
 */
const uploadOrders = ['assets-first', 'as-listed', 'largest-first'];
const pagePattern = /\.(html?|php)$/i;
const entryPattern = /^(index|default|home)\.(html?|php)$/i;
/** Which phase of an assets-first deploy a path belongs to: 0 assets, 1 pages, 2 entry pages. */
function assetsFirstPhase(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (entryPattern.test(name))
        return 2;
    return pagePattern.test(name) ? 1 : 0;
}
/** Indices of `entries` grouped into phases that run one after another, each in the order to start them. */
function planUploadPhases(entries, order) {
    const indices = entries.map((_, index) => index);
    switch (order) {
        case 'as-listed':
            return indices.length === 0 ? [] : [indices];
        case 'largest-first':
            // Big files first, so the pool's connections finish together instead of one tail.
            return indices.length === 0 ? [] : [[...indices].sort((a, b) => (entries[b]?.size ?? 0) - (entries[a]?.size ?? 0) || a - b)];
        case 'assets-first': {
            const phases = [[], [], []];
            for (const index of indices)
                phases[assetsFirstPhase(entries[index]?.path ?? '')]?.push(index);
            return phases.filter((phase) => phase.length > 0);
        }
    }
}
//# sourceMappingURL=order.js.map
// EXTERNAL MODULE: ./packages/core/lib/settings/input-spec.js
var input_spec = __nccwpck_require__(360);
;// CONCATENATED MODULE: ./actions/sync/lib/inputs.js
/**
 * The sync action's inputs: the shared connection and transfer inputs plus
 * what to sync, how to compare and how to stay safe. action.yml must list
 * exactly these (a test keeps them in step).
 */


/** '' (the direction's default) or one of the compare modes. */
const optionalCompare = () => schemas/* string */.YjP().transform((raw, ctx) => {
    if (raw.trim() === '')
        return undefined;
    const parsed = (0,values/* oneOf */.yL)(compareModes).safeParse(raw);
    if (parsed.success)
        return parsed.data;
    for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message });
    return core/* NEVER */.tm;
});
/** '' (the direction's default) or a boolean. */
const optionalBoolean = () => schemas/* string */.YjP().transform((raw, ctx) => {
    if (raw.trim() === '')
        return undefined;
    const parsed = (0,values/* boolean */.zM)().safeParse(raw);
    if (parsed.success)
        return parsed.data;
    for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message });
    return core/* NEVER */.tm;
});
/** `50%` (of the target's files) or `200` (files). */
const maxDelete = () => schemas/* string */.YjP().transform((raw, ctx) => {
    const match = /^(\d{1,9})\s*(%?)$/.exec(raw.trim());
    const value = Number(match?.[1]);
    if (match === null || (match[2] === '%' && value > 100)) {
        ctx.addIssue({
            code: 'custom',
            message: `expected a number of files (e.g. 200) or a percentage from 0% to 100% (e.g. 50%), got ${JSON.stringify(raw)}`,
        });
        return core/* NEVER */.tm;
    }
    return match[2] === '%' ? { kind: 'percent', value } : { kind: 'count', value };
});
/** A remote file path: relative to remote-dir, or absolute. */
const stateFile = () => remotePath().superRefine((value, ctx) => {
    if (value === '' || value.endsWith('/'))
        ctx.addIssue({ code: 'custom', message: 'must name a file (relative to remote-dir, or absolute)' });
});
/** Every input of the sync action, keyed by its action.yml name. */
const syncInputs = {
    ...settings_connection/* connectionInputs */.eu,
    'local-dir': {
        required: true,
        description: 'Local directory: the source of a push, the target of a pull. Relative to the workspace.',
        schema: (0,values/* requiredText */.$4)(),
    },
    'remote-dir': remoteDirInput('Remote directory: the target of a push (created when missing), the source of a pull. Relative to the login directory unless absolute.'),
    direction: {
        default: 'push',
        description: 'push (make remote-dir equal local-dir) or pull (make local-dir equal remote-dir).',
        schema: (0,values/* oneOf */.yL)(['push', 'pull']),
    },
    compare: {
        default: '',
        description: 'How "changed" is decided: manifest (the state file; push only), size-time, size, or checksum (the server\'s HASH, XSHA256, XMD5 or XCRC). Empty means manifest for push, size-time for pull.',
        schema: optionalCompare(),
    },
    'state-file': {
        default: '.ftp-actions-state.json',
        description: 'The state file of compare manifest: relative to remote-dir, or an absolute path (e.g. outside the web root).',
        schema: stateFile(),
    },
    'verify-remote': {
        default: 'false',
        description: 'With compare manifest, also list the server and re-send files missing there or whose size differs from the state file.',
        schema: (0,values/* boolean */.zM)(),
    },
    exclude: {
        default: '',
        description: 'Paths to leave out on both sides: gitignore-style patterns, one per line. Excluded paths are never sent, compared or deleted.',
        schema: (0,values/* patternLines */.El)(),
    },
    'exclude-defaults': { default: 'true', description: 'Also exclude .git/ and node_modules/.', schema: (0,values/* boolean */.zM)() },
    'include-hidden': {
        default: 'false',
        description: 'Include files and directories whose names start with a dot (.htaccess, .well-known/). Off by default so a stray .env is never published.',
        schema: (0,values/* boolean */.zM)(),
    },
    delete: { default: 'false', description: 'Delete what exists only on the target (guarded: see max-delete).', schema: (0,values/* boolean */.zM)() },
    'max-delete': {
        default: '50%',
        description: "Refuse to run when it would delete more than this: a number of files (200) or a percentage of the target's files (50%).",
        schema: maxDelete(),
    },
    protect: {
        default: '',
        description: 'Target paths the sync never creates, overwrites or deletes: gitignore-style patterns, one per line (uploads/, .well-known/, .env).',
        schema: (0,values/* patternLines */.El)(),
    },
    lock: {
        default: '',
        description: 'Hold a lock file on the server while syncing so two syncs never write remote-dir at once. Empty means true for push, false for pull.',
        schema: optionalBoolean(),
    },
    'lock-timeout': {
        default: '300',
        description: 'Seconds to wait for a lock held by another sync before failing with its holder named.',
        schema: (0,values/* secondsAsMs */.Eg)(0, 21_600),
    },
    order: {
        default: 'assets-first',
        description: 'Upload order for push: assets-first (everything else, then *.html/*.htm/*.php pages, then entry pages such as index.html, each phase finished before the next), as-listed or largest-first. Deletes always come after all uploads.',
        schema: (0,values/* oneOf */.yL)(uploadOrders),
    },
    ...transferInputs,
    'dry-run': {
        default: 'false',
        description: 'Compute and report the whole plan, and change nothing (not even the state file or the lock).',
        schema: (0,values/* boolean */.zM)(),
    },
};
function checkSyncInputs(values) {
    const issues = (0,settings_connection/* checkConnectionInputs */.Ui)(values);
    const compare = values.compare ?? (values.direction === 'push' ? 'manifest' : 'size-time');
    if (values.direction === 'pull' && compare === 'manifest') {
        issues.push({
            input: 'compare',
            message: 'manifest works only with direction push (the state file records what a push sent); for pull use size-time, size or checksum',
        });
    }
    if (values['verify-remote'] && compare !== 'manifest') {
        issues.push({ input: 'verify-remote', message: `applies only to compare manifest, but compare is ${compare}` });
    }
    return issues;
}
/** Parses the raw inputs, reporting every bad or conflicting one at once (ConfigurationError). */
function parseSyncInputs(raw, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const values = (0,input_spec/* parseInputs */.TL)(syncInputs, raw, [checkSyncInputs]);
    const connection = (0,settings_connection/* toConnectionSettings */.lW)(values);
    const push = values.direction === 'push';
    return Object.freeze({
        connection,
        sync: Object.freeze({
            direction: values.direction,
            localDir: resolveLocalDir(values['local-dir'], workspace),
            remoteDir: values['remote-dir'],
            compare: values.compare ?? (push ? 'manifest' : 'size-time'),
            verifyRemote: values['verify-remote'],
            stateFile: values['state-file'],
            exclude: values.exclude,
            excludeDefaults: values['exclude-defaults'],
            includeHidden: values['include-hidden'],
            delete: values.delete,
            maxDelete: values['max-delete'],
            protect: values.protect,
            lock: values.lock ?? push,
            lockTimeoutMs: values['lock-timeout'],
            dryRun: values['dry-run'],
            atomic: values.atomic,
            order: values.order,
            preserveMtime: values['preserve-mtime'],
            retries: connection.retries,
        }),
    });
}
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __nccwpck_require__(531);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/remote-path.js
/**
 * POSIX paths on the server. FTP servers speak '/'-separated paths whatever
 * they run on, and every command we send carries an absolute path, so these
 * helpers never consult a working directory. `node:path/posix` is not enough
 * on its own: it silently clamps `/../x` to `/x`, and here a `..` that climbs
 * out of the base is an error to report, not a path to repair.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const controlCharacters = /[\u0000-\u001f\u007f]/;
/** Longest name accepted from a listing; far above what any real file system allows. */
const maxNameBytes = 1024;
/** True for `/`-rooted paths. */
function isAbsoluteRemote(path) {
    return path.startsWith('/');
}
/**
 * Collapses `//` and `.`, resolves `..` that stays inside the path, and drops
 * a trailing `/` (except for the root). Throws RemotePathError for a `..`
 * that would climb above the start of the path (above `/` when absolute,
 * above the first segment when relative) and for control characters, which
 * would end the FTP command early and start another.
 */
function normalizeRemote(path) {
    if (controlCharacters.test(path)) {
        throw new errors/* RemotePathError */.UC(path, `The remote path ${JSON.stringify(path)} contains a control character`, {
            hint: 'Line breaks, tabs and NUL cannot be sent inside an FTP command; rename the file.',
        });
    }
    const absolute = isAbsoluteRemote(path);
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0) {
                throw new errors/* RemotePathError */.UC(path, `The remote path ${JSON.stringify(path)} climbs above its base with ".."`, {
                    hint: 'Give a path that stays inside the remote directory.',
                });
            }
            segments.pop();
            continue;
        }
        segments.push(segment);
    }
    const joined = segments.join('/');
    return absolute ? `/${joined}` : joined;
}
/**
 * Joins a base with relative parts and normalizes the result. The parts may
 * not climb above the base: `joinRemote('/site', '../x')` throws rather than
 * giving `/x`, so a name can never lead outside the directory it came from.
 */
function joinRemote(base, ...parts) {
    const normalizedBase = normalizeRemote(base);
    const relative = normalizeRemote(parts.join('/').replace(/^\/+/, ''));
    if (relative === '')
        return normalizedBase;
    if (normalizedBase === '')
        return relative;
    return normalizedBase.endsWith('/') ? `${normalizedBase}${relative}` : `${normalizedBase}/${relative}`;
}
/** The directory holding `path`: `/a/b` → `/a`, `/a` → `/`, `/` → `/`, `a` → ``. */
function remoteParent(path) {
    const normalized = normalizeRemote(path);
    const slash = normalized.lastIndexOf('/');
    if (slash < 0)
        return '';
    if (slash === 0)
        return '/';
    return normalized.slice(0, slash);
}
/** The last segment of `path`: `/a/b.txt` → `b.txt`; `/` → ``. */
function remoteBasename(path) {
    const normalized = normalizeRemote(path);
    return normalized.slice(normalized.lastIndexOf('/') + 1);
}
/** True when `path` is `dir` itself or lies below it (both normalized). */
function isInsideRemote(path, dir) {
    if (dir === '')
        return !isAbsoluteRemote(path);
    if (dir === '/')
        return isAbsoluteRemote(path);
    return path === dir || path.startsWith(`${dir}/`);
}
/** `path` relative to `dir` ('' for `dir` itself); throws when `path` is not inside `dir`. */
function relativeRemote(path, dir) {
    const normalizedPath = normalizeRemote(path);
    const normalizedDir = normalizeRemote(dir);
    if (!isInsideRemote(normalizedPath, normalizedDir)) {
        throw new errors/* RemotePathError */.UC(path, `The remote path ${JSON.stringify(path)} is not inside ${JSON.stringify(dir)}`);
    }
    if (normalizedPath === normalizedDir)
        return '';
    const prefix = normalizedDir === '/' || normalizedDir === '' ? normalizedDir : `${normalizedDir}/`;
    return normalizedPath.slice(prefix.length);
}
/** Number of segments below the root: `/` → 0, `/a/b` → 2. */
function remoteDepth(path) {
    const normalized = normalizeRemote(path);
    return normalized.split('/').filter((segment) => segment !== '').length;
}
/**
 * Every directory the files need below `baseDir`, parents before children
 * (sorted by depth, then by name), each once. `baseDir` itself and the
 * directories above it are left out: the caller makes sure the base exists
 * (see `ensureRemoteDir`). Throws RemotePathError for a file outside the base.
 */
function remoteDirsToCreate(filePaths, baseDir) {
    const base = normalizeRemote(baseDir);
    const dirs = new Set();
    for (const filePath of filePaths) {
        const file = normalizeRemote(filePath);
        if (file === base || !isInsideRemote(file, base)) {
            throw new errors/* RemotePathError */.UC(filePath, `The remote file ${JSON.stringify(filePath)} is not inside the remote directory ${JSON.stringify(baseDir)}`);
        }
        for (let dir = remoteParent(file); dir !== base && !dirs.has(dir); dir = remoteParent(dir)) {
            dirs.add(dir);
        }
    }
    return [...dirs].sort(compareParentsFirst);
}
/** Orders paths so that every directory comes before anything inside it. */
function compareParentsFirst(a, b) {
    const depth = remoteDepth(a) - remoteDepth(b);
    if (depth !== 0)
        return depth;
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
/**
 * Checks a name that came FROM a server listing before it is joined to any
 * path. A hostile or broken server could answer `..`, `a/b` or `C:\x` to make
 * a download land outside its directory; such a name is refused with an
 * error that names it, never cleaned up and used.
 */
function checkSafeName(name, where = '') {
    const shown = JSON.stringify(name);
    const place = where === '' ? '' : ` in ${JSON.stringify(where)}`;
    const refuse = (why) => {
        throw new errors/* RemotePathError */.UC(where === '' ? name : `${where}/${name}`, `The server listed an entry ${shown}${place} that is not a safe file name: ${why}`, {
            hint: 'The entry was not transferred. Rename it on the server, or leave it out with a pattern.',
        });
    };
    if (name === '')
        refuse('it is empty');
    if (name === '.' || name === '..')
        refuse('it names a directory link');
    if (name.includes('/'))
        refuse('it contains "/"');
    if (name.includes('\\'))
        refuse('it contains "\\"');
    if (controlCharacters.test(name))
        refuse('it contains a control character (NUL, line break or similar)');
    if (Buffer.byteLength(name, 'utf8') > maxNameBytes)
        refuse(`it is longer than ${maxNameBytes} bytes`);
}
/** `checkSafeName` as a test, for callers that skip unsafe names rather than stop. */
function isSafeName(name) {
    try {
        checkSafeName(name);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* RemotePathError */.UC)
            return false;
        throw error;
    }
}
/** The deepest directory holding every one of `filePaths` (absolute, normalized). */
function commonRemoteDir(filePaths) {
    const [first, ...rest] = filePaths;
    if (first === undefined)
        return '/';
    let common = remoteParent(first);
    for (const path of rest) {
        while (common !== '/' && (path === common || !isInsideRemote(path, common)))
            common = remoteParent(common);
    }
    return common;
}
//# sourceMappingURL=remote-path.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/resolve-remote-dir.js
/**
 * Turns the remote-dir input into an absolute path. Users often write a path
 * relative to the login directory ("www", "public_html"); the engines work
 * with absolute paths only (no CWD dance), so a relative one is joined to
 * the directory PWD reports after login.
 */

/** Parses the directory out of a 257 reply: `257 "/home/deploy" is the current directory`. */
function parsePwdReply(message) {
    const match = /"((?:[^"]|"")*)"/.exec(message);
    return match?.[1]?.replace(/""/g, '"');
}
async function resolveRemoteDir(pool, dir) {
    if (isAbsoluteRemote(dir))
        return normalizeRemote(dir);
    const home = await pool.run('PWD', async (client) => parsePwdReply((await client.send('PWD')).message));
    const base = home !== undefined && isAbsoluteRemote(home) ? home : '/';
    return dir === '' || dir === '.' ? normalizeRemote(base) : joinRemote(base, dir);
}
//# sourceMappingURL=resolve-remote-dir.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/publish-gate.js
/**
 * When an upload may start changing what the server shows. A sync claims
 * its lock and only knows a few round trips later whether the lock is its
 * own (see `RemoteLock.claim`); its state checkpoint must be in place before
 * any file changes too. An atomic upload spends that wait storing data
 * under temporary names, which nothing else reads, and takes the final
 * names, makes directories or writes in place only once the gate is open.
 */
class PublishGate {
    state = 'waiting';
    opened;
    /** Opens when `opening` resolves; stays shut for good, with its reason, when it rejects. */
    constructor(opening) {
        this.opened = opening.then(() => {
            this.state = 'open';
        }, (reason) => {
            this.state = 'closed';
            throw reason;
        });
        // Awaited by whoever needs the gate; a gate nobody waits for must not count as an unhandled rejection.
        this.opened.catch(() => undefined);
    }
    /** True once changes may show. */
    get isOpen() {
        return this.state === 'open';
    }
    /** Resolves when changes may show; rejects with the reason they may not (a lock lost to a race, a failed checkpoint). */
    wait() {
        return this.opened;
    }
}
//# sourceMappingURL=publish-gate.js.map
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/.pnpm/basic-ftp@6.2.6/node_modules/basic-ftp/dist/index.js
var dist = __nccwpck_require__(528);
// EXTERNAL MODULE: ./packages/core/lib/ftp/reply.js
var ftp_reply = __nccwpck_require__(67);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/remote-kind.js
/**
 * Finds out whether remote paths exist, and as what, without changing the
 * working directory. Needed where a server's answer is ambiguous: MKD of an
 * existing directory fails like MKD without permission (550), and LIST of a
 * missing directory answers an empty 226 on some servers and 450/451/550 on
 * others.
 *
 * Two ways, cheapest first:
 * - `MLST path` (one round trip, no data connection) where the server offers
 *   it. connect.ts puts MLSD in `availableListCommands` exactly when FEAT lists
 *   MLST, so that is what we look at.
 * - else a listing of the parent, looking for the name. It works on every
 *   server, costs a data connection, and one listing answers for every sibling.
 *   A parent that cannot be listed is itself checked the same way: when it is
 *   missing, so are its children; when it exists, the listing's error stands.
 */


/** Replies that mean "this command is not implemented here". */
const notImplemented = new Set([500, 502, 504]);
/** Clients whose server listed MLST in FEAT but then refused it; asked once, not per path. */
const mlstRefused = new WeakSet();
/** True when this client's server answers MLST (see connect.ts). */
function offersMlst(client) {
    return client.availableListCommands.includes('MLSD') && !mlstRefused.has(client);
}
/** Reads the `type` fact of an MLST reply: ` type=dir;size=0; /path`. */
function kindFromMlst(message) {
    const type = /(?:^|[\s;])type=([^;\s]+)/i.exec(message)?.[1]?.toLowerCase();
    if (type === undefined)
        return 'file';
    if (type === 'dir' || type === 'cdir' || type === 'pdir' || type.startsWith('os.unix=slink'))
        return 'directory';
    return 'file';
}
async function kindByMlst(client, path) {
    try {
        return kindFromMlst((await client.send(`MLST ${path}`)).message);
    }
    catch (error) {
        if (!(error instanceof dist.FTPError))
            throw error;
        // FEAT promised MLST but the server does not do it: fall back to listings.
        if (notImplemented.has(error.code)) {
            mlstRefused.add(client);
            return undefined;
        }
        return 'missing';
    }
}
/** Kinds of `names` inside `dir`, from one listing of `dir`. */
async function kindsInDirectory(client, dir, names) {
    const kinds = new Map();
    let listing;
    try {
        listing = await client.list(dir);
    }
    catch (error) {
        if (!(error instanceof dist.FTPError))
            throw error;
        // Unlistable: either the directory is missing (then so is everything in
        // it) or it exists and refuses listing, which we must not hide.
        if ((await findRemoteKinds(client, [dir])).get(dir) !== 'missing')
            throw error;
        for (const name of names)
            kinds.set(name, 'missing');
        return kinds;
    }
    const wanted = new Set(names);
    for (const info of listing) {
        if (!wanted.has(info.name))
            continue;
        kinds.set(info.name, info.type === dist.FileType.Directory || info.type === dist.FileType.SymbolicLink ? 'directory' : 'file');
    }
    for (const name of names)
        if (!kinds.has(name))
            kinds.set(name, 'missing');
    return kinds;
}
/**
 * The kind of each absolute path in `paths`. `/` always exists. Uses one
 * client, one command at a time; run it inside a pool task.
 */
async function findRemoteKinds(client, paths) {
    const result = new Map();
    const byParent = new Map();
    for (const path of paths) {
        if (path === '/') {
            result.set(path, 'directory');
            continue;
        }
        if (offersMlst(client)) {
            const kind = await kindByMlst(client, path);
            if (kind !== undefined) {
                result.set(path, kind);
                continue;
            }
        }
        const parent = remoteParent(path);
        byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
    }
    for (const [parent, children] of byParent) {
        const kinds = await kindsInDirectory(client, parent, children.map(remoteBasename));
        for (const child of children)
            result.set(child, kinds.get(remoteBasename(child)) ?? 'missing');
    }
    return result;
}
//# sourceMappingURL=remote-kind.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/ensure-dirs.js
/**
 * Creates remote directories once, up front, before any file is sent: level
 * by level (a directory's parent is always done first), each level in
 * parallel across the pool, MKD with absolute paths. No `ensureDir` per file:
 * it costs round trips per file, leaves the working directory changed, and
 * hides why a MKD failed.
 *
 * MKD of an existing directory is refused (550, 553 or 521 depending on the
 * server) just like MKD without permission, so refusals are recorded and
 * checked once at the end: only the deepest refused directories are looked
 * up (one that exists proves its parents do), grouped by parent so one
 * listing answers for all its siblings.
 */





function ancestorsOf(dir) {
    const result = [];
    for (let parent = remoteParent(dir); parent !== '/' && parent !== ''; parent = remoteParent(parent))
        result.push(parent);
    return result;
}
function groupByDepth(dirs) {
    const levels = new Map();
    for (const dir of dirs)
        levels.set(remoteDepth(dir), [...(levels.get(remoteDepth(dir)) ?? []), dir]);
    return [...levels.entries()].sort(([a], [b]) => a - b).map(([, level]) => level);
}
/** Looks up `dirs` in parallel across the pool, one task per parent directory. */
async function lookUp(pool, dirs) {
    const byParent = new Map();
    for (const dir of dirs)
        byParent.set(remoteParent(dir), [...(byParent.get(remoteParent(dir)) ?? []), dir]);
    const found = await Promise.all([...byParent.entries()].map(([parent, children]) => pool.run(`checking directories in ${parent}`, (client) => findRemoteKinds(client, children))));
    return new Map(found.flatMap((kinds) => [...kinds]));
}
/**
 * Creates `dirs` (absolute; any order, duplicates allowed), parents before
 * children. Never throws for a refused MKD: the result says which
 * directories could not be made and why, so the caller can fail just the
 * files inside them. Connection failures (after the pool's retries) do throw.
 * `beforeMaking`, when given, is awaited before the first MKD (a sync makes
 * nothing before its lock is confirmed; see `PublishGate`).
 */
async function createRemoteDirs(pool, dirs, log, beforeMaking) {
    const wanted = [...new Set(dirs.map(normalizeRemote))].filter((dir) => dir !== '/' && dir !== '').sort(compareParentsFirst);
    if (wanted.length > 0)
        await beforeMaking?.();
    const created = new Set();
    const refused = new Map();
    for (const level of groupByDepth(wanted)) {
        await Promise.all(level.map(async (dir) => {
            try {
                await pool.run(`creating ${dir}`, (client) => client.send(`MKD ${dir}`));
                created.add(dir);
                log.debug(`Created remote directory ${dir}`);
            }
            catch (error) {
                if (!(error instanceof dist.FTPError))
                    throw error;
                refused.set(dir, error);
            }
        }));
    }
    const confirmed = new Set();
    const confirm = (dir) => {
        confirmed.add(dir);
        for (const ancestor of ancestorsOf(dir))
            confirmed.add(ancestor);
    };
    for (const dir of created)
        confirm(dir);
    const missing = new Set();
    let unknown = [...refused.keys()].filter((dir) => !confirmed.has(dir));
    while (unknown.length > 0) {
        // Deepest first: if they exist, their ancestors do too and need no look-up.
        const pending = new Set(unknown);
        const hasPendingChild = new Set(unknown.flatMap(ancestorsOf));
        const leaves = unknown.filter((dir) => !hasPendingChild.has(dir));
        const kinds = await lookUp(pool, leaves);
        for (const leaf of leaves) {
            pending.delete(leaf);
            if (kinds.get(leaf) === 'directory')
                confirm(leaf);
            else
                missing.add(leaf);
        }
        unknown = [...pending].filter((dir) => !confirmed.has(dir));
    }
    const failed = new Map();
    for (const dir of [...missing].sort(compareParentsFirst)) {
        const reply = refused.get(dir);
        const failedAncestor = ancestorsOf(dir).find((ancestor) => missing.has(ancestor));
        const message = failedAncestor === undefined
            ? `Could not create the remote directory "${dir}": ${reply === undefined ? 'it is not there afterwards' : (0,ftp_reply/* describeError */.U)(reply)}`
            : `Could not create the remote directory "${dir}" because its parent "${failedAncestor}" could not be created`;
        failed.set(dir, new errors/* RemotePathError */.UC(dir, message, { code: (0,ftp_reply/* replyCode */.I)(reply), hint: 'Check that this user may create directories there.' }));
    }
    const existing = new Set([...refused.keys()].filter((dir) => confirmed.has(dir)));
    if (failed.size > 0)
        log.verbose(`${failed.size} remote directories could not be created`);
    return { created, existing, failed };
}
/**
 * Makes sure `dir` (absolute) exists, creating it and any missing parents.
 * Looks first, since the base of a deploy nearly always exists already.
 * Throws RemotePathError when it cannot be made or is a file.
 */
async function ensureRemoteDir(pool, dir, log, beforeMaking) {
    const target = normalizeRemote(dir);
    const kind = (await pool.run(`checking ${target}`, (client) => findRemoteKinds(client, [target]))).get(target);
    if (kind === 'directory')
        return 'existed';
    if (kind === 'file')
        throw new errors/* RemotePathError */.UC(target, `The remote path "${target}" is a file, not a directory`);
    const chain = [...ancestorsOf(target).reverse(), target];
    const result = await createRemoteDirs(pool, chain, log, beforeMaking);
    const failure = result.failed.get(target);
    if (failure !== undefined)
        throw failure;
    log.info(`Created the remote directory ${target}`);
    return 'created';
}
//# sourceMappingURL=ensure-dirs.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/failure.js
var failure = __nccwpck_require__(733);
// EXTERNAL MODULE: ./packages/core/lib/ftp/retry.js + 2 modules
var retry = __nccwpck_require__(803);
;// CONCATENATED MODULE: ./packages/core/lib/transfer/attempts.js
/**
 * Attempts of one file: a pool task per attempt, transient failures retried
 * with backoff on a fresh connection, everything else handed back as that
 * file's failure. A connection that cannot be had at all (server down, login
 * refused) is not one file's problem: it stops the whole batch, once,
 * instead of failing thousands of files with the same reason.
 */



/** A file that was found incomplete after a resumed transfer; the next attempt starts over. */
class IncompleteTransferError extends errors/* TransferError */.aG {
}
/** The pool could not lend a connection; carries the pool's error. */
class ConnectionUnavailable extends Error {
    reason;
    constructor(reason) {
        super(reason instanceof Error ? reason.message : String(reason));
        this.reason = reason;
    }
}
/** Thrown to files that had not started when the batch was stopped. */
class BatchStopped extends Error {
}
/** True when another attempt may succeed. */
function isRetryable(error) {
    return error instanceof IncompleteTransferError || (0,failure/* isTransient */.dg)(error);
}
/**
 * Runs `task` for one file until it succeeds, fails for good, or runs out of
 * retries; `attempt` counts from 1. Throws the file's last error, or the
 * batch's fatal error (also recorded in `batch`) when no connection could be had.
 */
async function attemptFile(pool, batch, settings, task) {
    try {
        return await (0,retry/* withRetry */.b)(async (attempt) => {
            if (batch.fatal !== undefined)
                throw new BatchStopped();
            let lent = false;
            try {
                return await pool.use(async (client) => {
                    lent = true;
                    try {
                        return await task(client, attempt);
                    }
                    catch (error) {
                        // A connection that just failed a transfer may still owe a late
                        // reply or hold a half-open data connection: retry on a fresh one.
                        if (isRetryable(error) && !client.closed)
                            client.close();
                        throw error;
                    }
                });
            }
            catch (error) {
                if (!lent)
                    throw new ConnectionUnavailable(error);
                throw error;
            }
        }, {
            retries: settings.retries,
            log: settings.log,
            description: settings.description,
            shouldRetry: (error) => (error instanceof ConnectionUnavailable ? (0,failure/* isTransient */.dg)(error.reason) : isRetryable(error)),
            ...(settings.retryDelayMs === undefined ? {} : { minDelayMs: settings.retryDelayMs }),
        });
    }
    catch (error) {
        if (error instanceof ConnectionUnavailable) {
            batch.fatal ??= error.reason;
            throw batch.fatal;
        }
        if (error instanceof BatchStopped)
            throw batch.fatal;
        throw error;
    }
}
/** True when `error` is the batch's fatal error rather than one file's. */
function isBatchFailure(batch, error) {
    return batch.fatal !== undefined && error === batch.fatal;
}
/**
 * Most files in flight at once. The pool runs at most 32 transfers; twice
 * that keeps it busy, while memory grows with what is in flight rather than
 * with the batch: 20,000 files started at once, each waiting for a
 * connection, took an upload to 357 MiB.
 */
const maxFilesInFlight = 64;
/**
 * Runs every file, in order, at most `limit` at a time, and returns their
 * results in order. Each `run` turns its own failures into a result; only
 * the batch's fatal error escapes, and it is thrown once every started file
 * has settled (so no task still holds a connection when the caller closes
 * the pool). Files not started by then are not started at all.
 */
async function settleAll(count, run, limit = maxFilesInFlight) {
    const results = new Array(count);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < count) {
            const index = next;
            next += 1;
            try {
                results[index] = await run(index);
            }
            catch (error) {
                failure ??= { reason: error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
    if (failure !== undefined)
        throw failure.reason;
    return results;
}
//# sourceMappingURL=attempts.js.map
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/lib/ftp/remote-stat.js
/**
 * SIZE and MDTM of one remote file, for the few places that need them (a
 * resumed upload, an if-different download without MLSD times). Both answer
 * undefined when the server has nothing to give, instead of throwing: a
 * missing fact means "compare what we can", not "fail the file".
 */

/** SIZE of `path`, or undefined (no such file, SIZE not offered, an answer without a number). */
async function remoteSize(client, path) {
    try {
        const reply = await client.send(`SIZE ${path}`);
        // Parsed here rather than with client.size(): ftp-srv answers SIZE of an
        // empty file with "213 File status", which that method turns into an error.
        const size = Number.parseInt(reply.message.slice(4), 10);
        return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
    }
    catch (error) {
        if (error instanceof dist.FTPError)
            return undefined;
        throw error;
    }
}
/** MDTM of `path` (UTC), or undefined when the server will not say. */
async function remoteModifiedAt(client, path) {
    try {
        const time = await client.lastMod(path);
        return Number.isNaN(time.getTime()) ? undefined : time;
    }
    catch (error) {
        if (error instanceof dist.FTPError)
            return undefined;
        throw error;
    }
}
/** True when SIZE answers for `path` at all (any 2xx, even one without a usable number): a file is there. */
async function remoteFileExists(client, path) {
    try {
        await client.send(`SIZE ${path}`);
        return true;
    }
    catch (error) {
        if (error instanceof dist.FTPError)
            return false;
        throw error;
    }
}
//# sourceMappingURL=remote-stat.js.map
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: ./packages/core/lib/ftp/read-buffers.js
var read_buffers = __nccwpck_require__(25);
;// CONCATENATED MODULE: ./packages/core/lib/transfer/download-writer.js
/**
 * The local end of a download: a Writable on a file descriptor, made for
 * what basic-ftp pipes into it, a data socket that hands over a chunk per
 * read (see read-buffers.ts).
 *
 * Each chunk is written at once, synchronously, on the main thread, as
 * curl does: a write of a read's worth of data into the page cache takes a
 * fraction of a millisecond, less than handing it to libuv's thread pool
 * and back. Measured on a 512 MiB RETR from pure-ftpd on loopback (2 vCPUs,
 * the server on the same machine), with the bench's other work around it:
 * writes through the thread pool (fs's own `createWriteStream`, or one
 * writev per queued batch) cost 3,000 to 6,000 context switches per
 * download, and the download took 0.40 to 1.69 s (FTPS 0.94 to 2.09 s),
 * swinging with whatever else ran; written here, 350 to 700 context
 * switches and 0.38 to 0.41 s (FTPS 0.80 to 0.94 s; curl 0.36 to 0.47 s and
 * 0.81 to 0.92 s in the same runs). A disk that stalls stalls the event
 * loop with it, and every transfer waits on that disk anyway.
 *
 * Once written, a chunk's memory goes back to the data connection's pool.
 */



/** Writes all of `data` at the current file position, continuing after short writes (a signal, a nearly full disk). */
function writeAllSync(fd, data) {
    for (let offset = 0; offset < data.length;) {
        const bytes = (0,external_node_fs_namespaceObject.writeSync)(fd, data, offset);
        if (bytes === 0)
            throw new Error('The local file took no more data');
        offset += bytes;
    }
}
/**
 * A file written from a pipe; closes its descriptor when finished or
 * destroyed. Each write is done before `_write` returns, so chunks never
 * queue and there is nothing to gather into a writev.
 */
class LocalFileWriter extends external_node_stream_namespaceObject.Writable {
    fd;
    constructor(fd) {
        super();
        this.fd = fd;
    }
    _write(chunk, _encoding, callback) {
        let failure;
        try {
            writeAllSync(this.fd, chunk);
        }
        catch (error) {
            failure = error;
        }
        (0,read_buffers/* releaseReadChunk */.n)(chunk);
        callback(failure);
    }
    _destroy(error, callback) {
        (0,external_node_fs_namespaceObject.close)(this.fd, (closeError) => callback(error ?? closeError));
    }
}
//# sourceMappingURL=download-writer.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/overwrite.js
/**
 * Upload: `never` keeps whatever is there; `if-different` replaces a file
 * whose size differs. Size only, as the action documents: the remote time is
 * the time of upload (or whatever MFMT set), and comparing it with the local
 * time across two clocks would re-send or, worse, skip files at random.
 */
function decideUpload(mode, localSize, remote) {
    if (mode === 'always' || remote === undefined)
        return undefined;
    if (mode === 'never')
        return 'it exists on the server (overwrite: never)';
    if (remote.isDirectory)
        return undefined;
    return remote.size === localSize ? 'same size on the server (overwrite: if-different)' : undefined;
}
/** Times within this are the same: FTP keeps whole seconds. */
const timeToleranceMs = 1000;
/**
 * Download `if-different`: different when the sizes differ or the remote
 * file is newer than the local one (by more than FTP's one-second
 * resolution). "Newer" rather than "not equal": a file downloaded without
 * preserve-mtime carries the time of download, later than the server's, and
 * must not be fetched again on every run. An unknown remote time compares by
 * size alone.
 */
function isDownloadDifferent(remote, local) {
    if (remote.size !== local.size)
        return true;
    if (remote.modifiedAt === undefined)
        return false;
    return remote.modifiedAt.getTime() - local.mtime.getTime() >= timeToleranceMs;
}
//# sourceMappingURL=overwrite.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/download-file.js
/**
 * One attempt at downloading one file, on a client the pool lent us: RETR
 * into a temporary file beside the target (atomic) or into the target
 * itself, streamed, never held in memory. A retry continues from what the
 * earlier attempt wrote, with REST, where the server allows it.
 */









// O_NOFOLLOW: a symbolic link slipped in at the destination after our check
// makes the open fail instead of writing through it. (Absent on Windows.)
const noFollow = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const openFlags = {
    create: external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | noFollow,
    truncate: external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_TRUNC | noFollow,
    append: external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_APPEND | noFollow,
};
function openDescriptor(path, mode) {
    return new Promise((resolve, reject) => {
        (0,external_node_fs_namespaceObject.open)(path, openFlags[mode], 0o666, (error, fd) => (error ? reject(error) : resolve(fd)));
    });
}
/** An `OpenLocalFile`: a file stream that closes its descriptor when done or failed (see download-writer.ts). */
async function openLocalFile(path, mode) {
    return new LocalFileWriter(await openDescriptor(path, mode));
}
/** REST not understood: the transfer has to start at byte 0. */
const restUnsupported = new Set([500, 501, 502, 504]);
function whenClosed(stream) {
    if (stream.closed)
        return Promise.resolve();
    // Not events.once: it would reject on an 'error' the transfer already handled.
    return new Promise((resolve) => stream.once('close', () => resolve()));
}
async function localSize(path) {
    try {
        return (await (0,promises_namespaceObject.stat)(path)).size;
    }
    catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
            return 0;
        throw error;
    }
}
function wrap(path, error) {
    if (error instanceof errors/* FtpActionError */.BB)
        return error;
    const what = error instanceof dist.FTPError ? 'RETR failed' : 'Download failed';
    return new errors/* TransferError */.aG(path, `${what}: ${(0,ftp_reply/* describeError */.U)(error)}`, { code: (0,ftp_reply/* replyCode */.I)(error), cause: error });
}
/** Streams the remote file into `destination` from `offset`; waits until the local file is closed. */
async function receive(client, plan, destination, offset, context) {
    const mode = offset > 0 ? 'append' : plan.written || plan.tempPath === undefined ? 'truncate' : 'create';
    const stream = await context.openFile(destination, mode);
    plan.written = true;
    client.trackProgress((info) => context.onBytes(offset + info.bytes));
    try {
        await client.downloadTo(stream, plan.remotePath, offset);
        if (!stream.writableEnded)
            stream.end();
    }
    catch (error) {
        // Close the file before the caller reopens or removes it; what reached
        // the disk is what a resumed attempt continues from.
        stream.destroy();
        throw error;
    }
    finally {
        client.trackProgress();
        await whenClosed(stream);
    }
}
/** Decides `if-different` with the facts the listing did not give (SIZE, MDTM), asked only when needed. */
async function isUnchanged(client, plan, local) {
    const size = plan.item.size ?? (await remoteSize(client, plan.remotePath));
    if (size === undefined || size !== local.size)
        return false;
    let time = plan.item.modifiedAt;
    if (time === undefined) {
        time = await remoteModifiedAt(client, plan.remotePath);
        plan.remoteTime = time;
    }
    return !isDownloadDifferent({ size, modifiedAt: time }, local);
}
/** Sets the local times from the listing, else from MDTM; a server without times is reported, not fatal. */
async function applyRemoteTime(client, plan, path, context) {
    const time = plan.item.modifiedAt ?? plan.remoteTime ?? (await remoteModifiedAt(client, plan.remotePath));
    if (time === undefined) {
        context.onNoRemoteTime(plan.remotePath);
        return;
    }
    await (0,promises_namespaceObject.utimes)(path, time, time);
}
/** One attempt; skips (if-different, unchanged) or downloads and returns the file's size. */
async function downloadAttempt(client, plan, context) {
    try {
        if (plan.compareWith !== undefined) {
            if (await isUnchanged(client, plan, plan.compareWith)) {
                return { status: 'skipped', reason: 'same size and not newer on the server (overwrite: if-different)' };
            }
            plan.compareWith = undefined;
        }
        const destination = plan.tempPath ?? plan.target;
        const offset = plan.written && !plan.restartFromZero ? await localSize(destination) : 0;
        plan.restartFromZero = false;
        try {
            await receive(client, plan, destination, offset, context);
        }
        catch (error) {
            // A server without REST: start over in this same attempt rather than spend a retry.
            if (!(offset > 0 && error instanceof dist.FTPError && restUnsupported.has(error.code)))
                throw error;
            await receive(client, plan, destination, 0, context);
        }
        const bytes = await localSize(destination);
        if (offset > 0 && plan.item.size !== undefined && bytes !== plan.item.size) {
            plan.restartFromZero = true;
            throw new IncompleteTransferError(plan.remotePath, `The resumed download of "${plan.remotePath}" came to ${bytes} bytes instead of ${plan.item.size}; starting over`);
        }
        if (context.preserveMtime)
            await applyRemoteTime(client, plan, destination, context);
        if (plan.tempPath !== undefined)
            await (0,promises_namespaceObject.rename)(plan.tempPath, plan.target);
        return { status: 'transferred', bytes };
    }
    catch (error) {
        throw wrap(plan.remotePath, error);
    }
}
//# sourceMappingURL=download-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/local-target.js
/**
 * Where a download may write. Remote names are checked when listed, but the
 * last line of defence is here, on the path actually opened: it must resolve
 * inside the local base directory, the directories on the way must not lead
 * outside it through a symbolic link, and the destination itself must not be
 * a symbolic link (writing through one would change a file elsewhere).
 * Every check runs before anything is created or written.
 */



/** A local path a download must not write to. */
class LocalPathError extends errors/* FtpActionError */.BB {
    path;
    constructor(path, message) {
        super(message, { hint: 'Nothing was written for this file. Check the remote names and the local directory.' });
        this.path = path;
    }
}
function errorCode(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
/** `lstat`, or undefined when nothing is there. */
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_namespaceObject.lstat)(path);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
function isInside(path, base) {
    const rel = (0,external_node_path_namespaceObject.relative)(base, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel);
}
/** Throws LocalPathError unless `localPath` (relative to `localDir`, or absolute) lies inside `localDir`. */
function resolveInside(localDir, localPath) {
    const base = (0,external_node_path_namespaceObject.resolve)(localDir);
    const target = (0,external_node_path_namespaceObject.resolve)(base, localPath);
    if (!isInside(target, base)) {
        throw new LocalPathError(localPath, `Refused to write "${localPath}": it would land outside the local directory "${base}"`);
    }
    return target;
}
/**
 * Checks the destination of a download and creates its directory. Returns
 * the absolute path to write. Throws LocalPathError for a path outside
 * `localDir`, a symbolic link or directory at the destination, or a
 * symbolic link on the way that leads outside `localDir`.
 */
async function prepareLocalTarget(localDir, localPath) {
    const target = resolveInside(localDir, localPath);
    const base = (0,external_node_path_namespaceObject.resolve)(localDir);
    await (0,promises_namespaceObject.mkdir)(base, { recursive: true });
    const realBase = await (0,promises_namespaceObject.realpath)(base);
    // The deepest directory on the way that exists already: it, and so every
    // directory we create below it, must really be inside the base.
    let existing = (0,external_node_path_namespaceObject.dirname)(target);
    while (existing !== base && (await lstatOrUndefined(existing)) === undefined)
        existing = (0,external_node_path_namespaceObject.dirname)(existing);
    const realExisting = await (0,promises_namespaceObject.realpath)(existing);
    if (realExisting !== realBase && !isInside(realExisting, realBase)) {
        throw new LocalPathError(localPath, `Refused to write "${localPath}": "${existing}" leads outside the local directory through a symbolic link`);
    }
    const found = await lstatOrUndefined(target);
    if (found?.isSymbolicLink()) {
        throw new LocalPathError(localPath, `Refused to write "${localPath}": it is a symbolic link, and writing through it would change another file`);
    }
    if (found?.isDirectory())
        throw new LocalPathError(localPath, `Refused to write "${localPath}": a directory is in the way`);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
    return target;
}
//# sourceMappingURL=local-target.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/pretty-bytes@7.2.0/node_modules/pretty-bytes/index.js
const BYTE_UNITS = [
	'B',
	'kB',
	'MB',
	'GB',
	'TB',
	'PB',
	'EB',
	'ZB',
	'YB',
];

const BIBYTE_UNITS = [
	'B',
	'KiB',
	'MiB',
	'GiB',
	'TiB',
	'PiB',
	'EiB',
	'ZiB',
	'YiB',
];

const BIT_UNITS = [
	'b',
	'kbit',
	'Mbit',
	'Gbit',
	'Tbit',
	'Pbit',
	'Ebit',
	'Zbit',
	'Ybit',
];

const BIBIT_UNITS = [
	'b',
	'kibit',
	'Mibit',
	'Gibit',
	'Tibit',
	'Pibit',
	'Eibit',
	'Zibit',
	'Yibit',
];

// Indexed by `bits` and then `binary`, so the four unit systems are picked in one step.
const UNIT_SETS = [BYTE_UNITS, BIBYTE_UNITS, BIT_UNITS, BIBIT_UNITS];

/*
`Number#toString` switches to exponential notation outside the range [1e-6, 1e21) and `Intl.NumberFormat` drops every fraction digit past the 100 it accepts.
Byte counts read as plain decimal numbers, so both losses are undone here. Expects a finite, non-negative number.
*/
const toDecimalString = number => {
	if (number >= 1e-6 && number < 1e21) {
		return String(number);
	}

	const [mantissa, exponentString] = number.toExponential().split('e');
	const digits = mantissa.replace('.', '');
	const pointPosition = Number(exponentString) + 1;
	const isPositive = pointPosition > 0;
	const padded = isPositive ? digits.padEnd(pointPosition, '0') : '0'.repeat(1 - pointPosition) + digits;
	const integerPart = padded.slice(0, isPositive ? pointPosition : 1);
	const fractionPart = padded.slice(isPositive ? pointPosition : 1).replace(/0+$/, '');

	return fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
};

/*
Formats the given number using `Number#toLocaleString`.
- If locale is a string or array, the value is expected to be a BCP 47 language tag or list of language tags (for example: `de`).
- If locale is true, the system default locale is used for translation.
- If locale is false or unspecified, formatting options are applied without localization; without options, the number is written out as plain digits.
*/
const toLocaleString = (number, locale, options) => {
	if (typeof locale === 'string' || Array.isArray(locale) || locale === true) {
		const locales = locale === true ? undefined : locale;

		if (options !== undefined) {
			return number.toLocaleString(locales, options);
		}

		// `Intl.NumberFormat` limits itself to 3 *fraction* digits while the default here is 3 *significant* digits, so the limit comes from the value.
		const text = toDecimalString(number);
		const pointIndex = text.indexOf('.');
		const maximumFractionDigits = pointIndex === -1 ? 0 : text.length - pointIndex - 1;

		// `Intl.NumberFormat` accepts at most 100 fraction digits. Rounding to 3 significant digits only needs more than that for absurdly small values, which are written out as plain digits instead.
		if (maximumFractionDigits > 100) {
			return text;
		}

		return number.toLocaleString(locales, {maximumFractionDigits});
	}

	if (options === undefined) {
		return toDecimalString(number);
	}

	return number.toLocaleString('en-US', {...options, useGrouping: false});
};

const log10 = numberOrBigInt => {
	if (typeof numberOrBigInt === 'number') {
		return Math.log10(numberOrBigInt);
	}

	const string = numberOrBigInt.toString(10);

	// A `number` only holds about 15 significant digits, so the remaining digits cannot move the magnitude. The result can still land exactly on a unit boundary, which the caller corrects for.
	return string.length + Math.log10(`0.${string.slice(0, 15)}`);
};

const log = numberOrBigInt => {
	if (typeof numberOrBigInt === 'number') {
		return Math.log(numberOrBigInt);
	}

	return log10(numberOrBigInt) * Math.log(10);
};

/*
A `bigint` that a `number` can hold exactly is divided the same way, so the output never depends on which type it was given as.
`floor(a / b) + (a % b) / b` is a different double than `a / b`, which flips the rounding at ties like 1805 bytes.
*/
const divide = (numberOrBigInt, base, exponent) => {
	const divisor = base ** exponent;

	if (typeof numberOrBigInt === 'number' || numberOrBigInt <= Number.MAX_SAFE_INTEGER) {
		return Number(numberOrBigInt) / divisor;
	}

	// `divisor` is not exact for every unit, as `1000 ** 8` is not `1e24`, so the exact divisor is rebuilt from the base and the exponent.
	const bigintDivisor = BigInt(base) ** BigInt(exponent);
	const integerPart = numberOrBigInt / bigintDivisor;
	const remainder = numberOrBigInt % bigintDivisor;

	return Number(integerPart) + (Number(remainder) / divisor);
};

/*
The plain decimal digits of a scaled value that no `number` can hold. `Intl.NumberFormat` is not involved, so the output carries no grouping or localized separator, the same as the fallback for a value with more fraction digits than it accepts.
*/
const toUnrepresentableString = (number, base, exponent, localeOptions) => {
	const scale = BigInt(base) ** BigInt(exponent);
	const whole = number / scale;

	// The 3 significant digit default never bites here: it only ever rounds to at least as many digits as the value has integers, and this one has far more than 3.
	if (localeOptions === undefined) {
		return whole.toString();
	}

	// The fraction digit options take over from that default, so the integer part stays exact and the fraction is truncated.
	const minimumFractionDigits = localeOptions.minimumFractionDigits ?? 0;
	const maximumFractionDigits = Math.max(localeOptions.maximumFractionDigits ?? 3, minimumFractionDigits);
	const truncated = ((number % scale) * (10n ** BigInt(maximumFractionDigits)) / scale).toString().padStart(maximumFractionDigits, '0');
	const fraction = truncated.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');

	return fraction ? `${whole}.${fraction}` : whole.toString();
};

/*
The sign to print in front of the number. A difference of exactly zero gets a space instead of a plus sign, for better alignment. `0 === 0n` is `false`, so both are compared.
*/
const signOf = (number, signed) => {
	if (number < 0) {
		return '-';
	}

	if (!signed) {
		return '';
	}

	return number === 0 || number === 0n ? ' ' : '+';
};

const assertFixedWidth = fixedWidth => {
	if (fixedWidth !== undefined && (typeof fixedWidth !== 'number' || !Number.isSafeInteger(fixedWidth) || fixedWidth < 0)) {
		throw new TypeError(`Expected fixedWidth to be a non-negative integer, got ${typeof fixedWidth}: ${fixedWidth}`);
	}
};

/*
`Intl.NumberFormat` silently truncates non-integers, so they are rejected here instead of quietly changing the output.
*/
const assertFractionDigits = (name, value) => {
	if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100)) {
		throw new TypeError(`Expected ${name} to be an integer between 0 and 100, got ${typeof value}: ${value}`);
	}
};

const buildLocaleOptions = options => {
	const {minimumFractionDigits, maximumFractionDigits} = options;

	if (minimumFractionDigits === undefined && maximumFractionDigits === undefined) {
		return undefined;
	}

	assertFractionDigits('minimumFractionDigits', minimumFractionDigits);
	assertFractionDigits('maximumFractionDigits', maximumFractionDigits);

	// Checked here rather than left to `Intl.NumberFormat`, which is skipped for a value past the number range.
	if (minimumFractionDigits > maximumFractionDigits) {
		throw new RangeError(`Expected minimumFractionDigits (${minimumFractionDigits}) to not be greater than maximumFractionDigits (${maximumFractionDigits})`);
	}

	return {
		...(minimumFractionDigits !== undefined && {minimumFractionDigits}),
		...(maximumFractionDigits !== undefined && {maximumFractionDigits}),
		roundingMode: 'trunc',
	};
};

function prettyBytes(number, options) {
	if (typeof number !== 'bigint' && !Number.isFinite(number)) {
		throw new TypeError(`Expected a finite number, got ${typeof number}: ${number}`);
	}

	options = {
		bits: false,
		binary: false,
		space: true,
		nonBreakingSpace: false,
		...options,
	};

	assertFixedWidth(options.fixedWidth);
	const localeOptions = buildLocaleOptions(options);

	// Indexed by `bits` then `binary`, so the four combinations line up in one table.
	const UNITS = UNIT_SETS[(options.bits ? 2 : 0) + (options.binary ? 1 : 0)];

	const separator = options.space ? (options.nonBreakingSpace ? '\u00A0' : ' ') : '';

	// Normalize `-0` to `0` so it never formats as `-0`.
	if (Object.is(number, -0)) {
		number = 0;
	}

	const prefix = signOf(number, options.signed);

	if (number < 0) {
		number = -number;
	}

	const base = options.binary ? 1024 : 1000;

	let exponent = 0;
	if (number >= 1) {
		exponent = Math.min(Math.floor(options.binary ? log(number) / Math.log(base) : log10(number) / 3), UNITS.length - 1);
	}

	// A `number` always scales down to something a `number` can hold, and a `bigint` stops being able to once the quotient passes `Number.MAX_VALUE`, where `divide` overflows to `Infinity` and the exact quotient is formatted instead.
	const scaled = divide(number, base, exponent);

	let numberString;
	if (Number.isFinite(scaled)) {
		number = scaled;

		// A value that sits just below a unit boundary, like `999999999999999` bytes, has a `log10` that rounds up to the boundary itself, so the exponent has to be corrected back.
		if (number < 1 && exponent > 0) {
			number *= base;
			exponent -= 1;
		}

		if (!localeOptions) {
			const minimumPrecision = Math.max(3, Math.floor(number).toString().length);
			number = Number(number.toPrecision(minimumPrecision));

			if (number >= base && exponent < UNITS.length - 1) {
				number /= base;
				exponent += 1;
			}
		}

		numberString = toLocaleString(number, options.locale, localeOptions);
	} else {
		// The scaled value is past what a `number` can hold, so the exact quotient is written out instead.
		numberString = toUnrepresentableString(number, base, exponent, localeOptions);
	}

	const result = prefix + numberString + separator + UNITS[exponent];
	return result.padStart(options.fixedWidth ?? 0);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/parse-ms@4.0.0/node_modules/parse-ms/index.js
const toZeroIfInfinity = value => Number.isFinite(value) ? value : 0;

function parseNumber(milliseconds) {
	return {
		days: Math.trunc(milliseconds / 86_400_000),
		hours: Math.trunc(milliseconds / 3_600_000 % 24),
		minutes: Math.trunc(milliseconds / 60_000 % 60),
		seconds: Math.trunc(milliseconds / 1000 % 60),
		milliseconds: Math.trunc(milliseconds % 1000),
		microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1000) % 1000),
		nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1000),
	};
}

function parseBigint(milliseconds) {
	return {
		days: milliseconds / 86_400_000n,
		hours: milliseconds / 3_600_000n % 24n,
		minutes: milliseconds / 60_000n % 60n,
		seconds: milliseconds / 1000n % 60n,
		milliseconds: milliseconds % 1000n,
		microseconds: 0n,
		nanoseconds: 0n,
	};
}

function parseMilliseconds(milliseconds) {
	switch (typeof milliseconds) {
		case 'number': {
			if (Number.isFinite(milliseconds)) {
				return parseNumber(milliseconds);
			}

			break;
		}

		case 'bigint': {
			return parseBigint(milliseconds);
		}

		// No default
	}

	throw new TypeError('Expected a finite number or bigint');
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/pretty-ms@9.3.1/node_modules/pretty-ms/index.js


const isZero = value => value === 0 || value === 0n;
const pluralize = (word, count) => (count === 1 || count === 1n) ? word : `${word}s`;

const SECOND_ROUNDING_EPSILON = 0.000_000_1;
const ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;

function prettyMilliseconds(milliseconds, options) {
	const isBigInt = typeof milliseconds === 'bigint';
	if (!isBigInt && !Number.isFinite(milliseconds)) {
		throw new TypeError('Expected a finite number or bigint');
	}

	options = {...options};

	const sign = milliseconds < 0 ? '-' : '';
	milliseconds = milliseconds < 0 ? -milliseconds : milliseconds; // Cannot use `Math.abs()` because of BigInt support.

	if (options.colonNotation) {
		options.compact = false;
		options.formatSubMilliseconds = false;
		options.separateMilliseconds = false;
		options.verbose = false;
	}

	if (options.compact) {
		options.unitCount = 1;
		options.secondsDecimalDigits = 0;
		options.millisecondsDecimalDigits = 0;
	}

	let result = [];

	const floorDecimals = (value, decimalDigits) => {
		const flooredInterimValue = Math.floor((value * (10 ** decimalDigits)) + SECOND_ROUNDING_EPSILON);
		const flooredValue = Math.round(flooredInterimValue) / (10 ** decimalDigits);
		return flooredValue.toFixed(decimalDigits);
	};

	const add = (value, long, short, valueString) => {
		if (
			(result.length === 0 || !options.colonNotation)
			&& isZero(value)
			&& !(options.colonNotation && short === 'm')) {
			return;
		}

		valueString ??= String(value);
		if (options.colonNotation) {
			const wholeDigits = valueString.includes('.') ? valueString.split('.')[0].length : valueString.length;
			const minLength = result.length > 0 ? 2 : 1;
			valueString = '0'.repeat(Math.max(0, minLength - wholeDigits)) + valueString;
		} else {
			valueString += options.verbose ? ' ' + pluralize(long, value) : short;
		}

		result.push(valueString);
	};

	const parsed = parseMilliseconds(milliseconds);
	const days = BigInt(parsed.days);

	if (options.hideYearAndDays) {
		add((BigInt(days) * 24n) + BigInt(parsed.hours), 'hour', 'h');
	} else {
		if (options.hideYear) {
			add(days, 'day', 'd');
		} else {
			add(days / 365n, 'year', 'y');
			add(days % 365n, 'day', 'd');
		}

		add(Number(parsed.hours), 'hour', 'h');
	}

	add(Number(parsed.minutes), 'minute', 'm');

	if (!options.hideSeconds) {
		if (
			options.separateMilliseconds
			|| options.formatSubMilliseconds
			|| (!options.colonNotation && milliseconds < 1000 && !options.subSecondsAsDecimals)
		) {
			const seconds = Number(parsed.seconds);
			const milliseconds = Number(parsed.milliseconds);
			const microseconds = Number(parsed.microseconds);
			const nanoseconds = Number(parsed.nanoseconds);

			add(seconds, 'second', 's');

			if (options.formatSubMilliseconds) {
				add(milliseconds, 'millisecond', 'ms');
				add(microseconds, 'microsecond', 'µs');
				add(nanoseconds, 'nanosecond', 'ns');
			} else {
				const millisecondsAndBelow
					= milliseconds
					+ (microseconds / 1000)
					+ (nanoseconds / 1e6);

				const millisecondsDecimalDigits
					= typeof options.millisecondsDecimalDigits === 'number'
						? options.millisecondsDecimalDigits
						: 0;

				const roundedMilliseconds = millisecondsAndBelow >= 1
					? Math.round(millisecondsAndBelow)
					: Math.ceil(millisecondsAndBelow);
				const maximumMilliseconds = 1000 - (10 ** -millisecondsDecimalDigits);

				const millisecondsString = millisecondsDecimalDigits
					? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits)
					: Math.min(roundedMilliseconds, maximumMilliseconds);

				add(
					Number.parseFloat(millisecondsString),
					'millisecond',
					'ms',
					millisecondsString,
				);
			}
		} else {
			const seconds = (
				(isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds)
				/ 1000
			) % 60;
			const secondsDecimalDigits
				= typeof options.secondsDecimalDigits === 'number'
					? options.secondsDecimalDigits
					: 1;
			const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
			const secondsString = options.keepDecimalsOnWholeSeconds
				? secondsFixed
				: secondsFixed.replace(/\.0+$/, '');
			add(Number.parseFloat(secondsString), 'second', 's', secondsString);
		}
	}

	if (result.length === 0) {
		return sign + '0' + (options.verbose ? ' milliseconds' : 'ms');
	}

	const separator = options.colonNotation ? ':' : ' ';
	if (typeof options.unitCount === 'number') {
		result = result.slice(0, Math.max(options.unitCount, 1));
	}

	return sign + result.join(separator);
}

;// CONCATENATED MODULE: ./packages/core/lib/transfer/progress.js
/**
 * Progress of a batch of transfers, fed by the engines: a log line at most
 * every few seconds (files, bytes, rate, time left) so a long deploy shows
 * life without flooding the log, and one line per file at `verbose`.
 * Byte counts come from basic-ftp's per-transfer progress events, so a single
 * large file moves the numbers too. pretty-bytes and pretty-ms format the
 * numbers: small, well-kept, and they get units and rounding right.
 */


/** Tracks files and bytes of one batch and reports them. */
class TransferProgress {
    options;
    started;
    lastLogged;
    filesDone = 0;
    settledBytes = 0;
    counts = { transferred: 0, skipped: 0, failed: 0 };
    transferredBytes = 0;
    inFlight = new Map();
    constructor(options) {
        this.options = options;
        this.started = options.now();
        this.lastLogged = this.started;
    }
    /** `bytes` moved so far for the file `key` in its current attempt (a running count, not a delta). */
    update(key, bytes) {
        this.inFlight.set(key, bytes);
        this.report();
    }
    /**
     * The file `key` is done, whatever the outcome. `plannedBytes` is its size
     * as counted in `bytesTotal`, so skipped and failed files still move the
     * bar to the end.
     */
    finish(key, label, result, plannedBytes) {
        this.inFlight.delete(key);
        this.filesDone += 1;
        this.settledBytes += Math.max(plannedBytes, result.bytes);
        this.counts[result.status] += 1;
        if (result.status === 'transferred')
            this.transferredBytes += result.bytes;
        const { log } = this.options;
        if (result.status === 'transferred')
            log.verbose(`${this.options.verb} ${label} (${prettyBytes(result.bytes)})`);
        else if (result.status === 'skipped')
            log.verbose(`Skipped ${label}: ${result.reason ?? ''}`);
        // Failures are shown without verbose: they decide the outcome. Not as
        // warnings: one per file would flood the annotations; the summary lists them.
        else
            log.info(`Failed ${label}: ${result.reason ?? ''}`);
        this.report();
    }
    /** The numbers now. */
    snapshot() {
        const { filesTotal, bytesTotal } = this.options;
        const elapsedMs = Math.max(0, this.options.now() - this.started);
        let bytesDone = this.settledBytes;
        for (const bytes of this.inFlight.values())
            bytesDone += bytes;
        const bytesPerSecond = elapsedMs > 0 ? (bytesDone * 1000) / elapsedMs : 0;
        let remainingMs;
        if (bytesTotal > 0 && bytesPerSecond > 0)
            remainingMs = (Math.max(0, bytesTotal - bytesDone) * 1000) / bytesPerSecond;
        else if (bytesTotal === 0 && this.filesDone > 0)
            remainingMs = (elapsedMs / this.filesDone) * (filesTotal - this.filesDone);
        return { filesDone: this.filesDone, filesTotal, bytesDone, bytesTotal, elapsedMs, bytesPerSecond, remainingMs };
    }
    /** Logs the closing line ("Uploaded 498 of 500 files (1.2 MB) in 3s; 1 skipped, 1 failed") and returns the final numbers. */
    complete() {
        const snapshot = this.snapshot();
        const { transferred, skipped, failed } = this.counts;
        const others = [skipped > 0 ? `${skipped} skipped` : '', failed > 0 ? `${failed} failed` : ''].filter((part) => part !== '');
        this.options.log.info(`${this.options.verb} ${transferred} of ${snapshot.filesTotal} files (${prettyBytes(this.transferredBytes)}) in ${prettyMilliseconds(snapshot.elapsedMs)}` +
            (others.length > 0 ? `; ${others.join(', ')}` : ''));
        return snapshot;
    }
    report() {
        const snapshot = this.snapshot();
        this.options.onProgress?.(snapshot);
        const now = this.options.now();
        if (now - this.lastLogged < (this.options.intervalMs ?? 5000))
            return;
        this.lastLogged = now;
        this.options.log.info(describeProgress(snapshot));
    }
}
/** "Progress: 120/500 files, 3.4 MB of 10 MB (34%), 1.2 MB/s, about 6s left" (files done, whatever their outcome). */
function describeProgress(snapshot) {
    const parts = [`Progress: ${snapshot.filesDone}/${snapshot.filesTotal} files`];
    if (snapshot.bytesTotal > 0) {
        const percent = Math.min(100, Math.floor((snapshot.bytesDone / snapshot.bytesTotal) * 100));
        parts.push(`${prettyBytes(snapshot.bytesDone)} of ${prettyBytes(snapshot.bytesTotal)} (${percent}%)`);
    }
    else {
        parts.push(prettyBytes(snapshot.bytesDone));
    }
    parts.push(`${prettyBytes(snapshot.bytesPerSecond)}/s`);
    if (snapshot.remainingMs !== undefined)
        parts.push(`about ${prettyMilliseconds(snapshot.remainingMs, { secondsDecimalDigits: 0 })} left`);
    return parts.join(', ');
}
//# sourceMappingURL=progress.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./packages/core/lib/transfer/temp-name.js
/**
 * Temporary names for atomic transfers: hidden (leading dot, so web servers
 * and directory indexes usually skip them), tagged so a person can tell where
 * a leftover came from, random so parallel runs never share one, and short
 * enough to stay under the 255-byte name limit of common file systems.
 */

/** Longest part of the original name kept in a temporary name, in UTF-8 bytes. */
const keptNameBytes = 180;
function truncateUtf8(name, maxBytes) {
    if (Buffer.byteLength(name, 'utf8') <= maxBytes)
        return name;
    let kept = '';
    // Cut between code points, never inside a multi-byte character.
    for (const character of name) {
        if (Buffer.byteLength(kept + character, 'utf8') > maxBytes)
            break;
        kept += character;
    }
    return kept;
}
/** `.name.ftp-actions-<random>.part` for the file name `name` (no directory). */
function temporaryName(name, random = (0,external_node_crypto_.randomBytes)(6).toString('hex')) {
    return `.${truncateUtf8(name, keptNameBytes)}.ftp-actions-${random}.part`;
}
/** True for names made by `temporaryName`, e.g. to leave leftovers out of listings. */
function isTemporaryName(name) {
    return /^\..*\.ftp-actions-[0-9a-f]+\.part$/s.test(name);
}
//# sourceMappingURL=temp-name.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/download.js
/**
 * Downloads a batch of remote files over the pool, each file one pool task,
 * streamed to disk. Every destination is checked before anything is written
 * (see local-target.ts); a file that fails is reported with its reason, its
 * partial data removed, and the rest go on.
 */











/** Removes what a failed download left; a leftover is worth a warning, not a failure. */
async function removePartial(path, log) {
    try {
        await (0,promises_namespaceObject.unlink)(path);
        log.debug(`Removed the partial file ${path}`);
    }
    catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
            return;
        log.warning(`Could not remove the partial file ${path}: ${(0,ftp_reply/* describeError */.U)(error)}`);
    }
}
/** Size and time of an existing local file at `path` (not following links), or undefined. */
async function localFacts(path) {
    try {
        const found = await (0,promises_namespaceObject.lstat)(path);
        return { size: found.size, mtime: found.mtime };
    }
    catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Downloads `files` and reports each one. Throws only when no connection can
 * be had at all.
 */
async function downloadFiles(pool, files, options, deps) {
    const started = deps.now();
    const { log } = deps;
    const progress = new TransferProgress({
        verb: 'Downloaded',
        filesTotal: files.length,
        bytesTotal: files.reduce((sum, item) => sum + (item.size ?? 0), 0),
        log,
        now: deps.now,
        ...(deps.progressIntervalMs === undefined ? {} : { intervalMs: deps.progressIntervalMs }),
        ...(deps.onProgress === undefined ? {} : { onProgress: deps.onProgress }),
    });
    const batch = { fatal: undefined };
    let warnedNoTime = false;
    const context = {
        preserveMtime: options.preserveMtime,
        openFile: deps.openLocalFile ?? openLocalFile,
        onNoRemoteTime: (path) => {
            if (warnedNoTime)
                return;
            warnedNoTime = true;
            log.warning(`The server gave no modification time for ${path} (nor, probably, for the others); local files keep the time of download.`);
        },
    };
    const claimed = new Set();
    const downloadOne = async (item, key) => {
        const failed = (reason, localPath = item.localPath) => ({
            remotePath: item.remotePath,
            localPath,
            bytes: 0,
            status: 'failed',
            reason,
        });
        let remotePath;
        let target;
        let existing;
        try {
            remotePath = normalizeRemote(item.remotePath);
            if (!isAbsoluteRemote(remotePath))
                return failed(`Refused: the remote path ${JSON.stringify(item.remotePath)} is not absolute`);
            target = await prepareLocalTarget(options.localDir, item.localPath);
            existing = await localFacts(target);
        }
        catch (error) {
            if (error instanceof errors/* RemotePathError */.UC)
                return failed(`Refused: ${error.message}`);
            return failed((0,ftp_reply/* describeError */.U)(error));
        }
        if (claimed.has(target))
            return failed('Refused: another file of this download goes to the same local path', target);
        claimed.add(target);
        const base = { remotePath, localPath: target };
        if (existing !== undefined && options.overwrite === 'never') {
            return { ...base, bytes: existing.size, status: 'skipped', reason: 'it exists locally (overwrite: never)' };
        }
        const plan = {
            item,
            remotePath,
            target,
            tempPath: options.atomic ? (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(target), temporaryName((0,external_node_path_namespaceObject.basename)(target))) : undefined,
            compareWith: existing !== undefined && options.overwrite === 'if-different' ? existing : undefined,
            written: false,
            restartFromZero: false,
            remoteTime: undefined,
        };
        try {
            const outcome = await attemptFile(pool, batch, {
                retries: options.retries,
                log,
                description: `Download of ${remotePath}`,
                ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
            }, (client) => downloadAttempt(client, plan, { ...context, onBytes: (bytes) => progress.update(key, bytes) }));
            if (outcome.status === 'skipped')
                return { ...base, bytes: existing?.size ?? 0, status: 'skipped', reason: outcome.reason };
            return { ...base, bytes: outcome.bytes, status: 'transferred' };
        }
        catch (error) {
            if (isBatchFailure(batch, error))
                throw error;
            // A half-written file looks complete to whatever runs next: remove it,
            // the temporary one always, the destination itself if we wrote into it.
            if (plan.tempPath !== undefined)
                await removePartial(plan.tempPath, log);
            else if (plan.written)
                await removePartial(target, log);
            return { ...base, bytes: 0, status: 'failed', reason: (0,ftp_reply/* describeError */.U)(error) };
        }
    };
    const results = await settleAll(files.length, async (index) => {
        const item = files[index];
        if (item === undefined)
            throw new RangeError(`no file at index ${index}`);
        const key = String(index);
        const result = await downloadOne(item, key);
        progress.finish(key, result.localPath ?? item.localPath, result, item.size ?? 0);
        deps.onFileDone?.(result, index);
        return result;
    });
    progress.complete();
    const bytes = results.reduce((sum, result) => sum + (result.status === 'transferred' ? result.bytes : 0), 0);
    return { files: results, bytes, durationMs: deps.now() - started };
}
//# sourceMappingURL=download.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/remote-mtime.js
/**
 * Sets modification times of remote files. FTP has no single command for it:
 * MFMT (an IETF draft; ProFTPD, pure-ftpd, FileZilla Server) where FEAT lists
 * it, else the two-argument `MDTM YYYYMMDDHHMMSS path` (vsftpd). Which one
 * works is found out once per run, on the first file, and used for the rest;
 * when neither works the user is told once, not once per file.
 */


/** `YYYYMMDDHHMMSS` in UTC, the time format of MFMT, MDTM and MLSD. */
function formatFtpTime(date) {
    return date
        .toISOString()
        .replace(/\.\d{3}Z$/, '')
        .replace(/[-:T]/g, '');
}
function command(method, path, time) {
    return `${method} ${formatFtpTime(time)} ${path}`;
}
/** Whole seconds are all FTP keeps. */
function sameSecond(a, b) {
    return Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
}
/** Sets remote modification times with whichever command the server accepts. One per run. */
class RemoteTimeSetter {
    log;
    method;
    constructor(log) {
        this.log = log;
    }
    /**
     * Sets the time of `path`. Never throws: a time that cannot be set is a
     * warning (once for the whole run when the server cannot do it at all).
     */
    async set(client, path, time) {
        try {
            const decided = this.method;
            if (decided === undefined) {
                const probing = this.probe(client, path, time);
                this.method = probing;
                // A lost connection decides nothing: let the next file find out again.
                void probing.catch(() => {
                    if (this.method === probing)
                        this.method = undefined;
                });
                await probing;
                return;
            }
            const method = await decided.catch(() => 'retry');
            if (method === 'retry')
                return await this.set(client, path, time);
            if (method !== 'none')
                await client.send(command(method, path, time));
        }
        catch (error) {
            this.log.warning(`Could not set the modification time of ${path}: ${(0,ftp_reply/* describeError */.U)(error)}`);
        }
    }
    /** Tries the commands on the first file; whatever works is used for the rest. */
    async probe(client, path, time) {
        const features = await client.features();
        const candidates = features.has('MFMT') ? ['MFMT', 'MDTM'] : ['MDTM'];
        const refusals = [];
        for (const candidate of candidates) {
            try {
                await client.send(command(candidate, path, time));
                // A server may take the two-argument MDTM as a plain query and answer
                // 213 with the old time; read it back once before trusting it.
                if (candidate === 'MDTM' && !sameSecond(await client.lastMod(path), time)) {
                    refusals.push('MDTM with a time was answered but the time did not change');
                    continue;
                }
                this.log.debug(`Setting remote modification times with ${candidate}`);
                return candidate;
            }
            catch (error) {
                if (!(error instanceof dist.FTPError))
                    throw error;
                refusals.push(`${candidate}: ${(0,ftp_reply/* describeError */.U)(error)}`);
            }
        }
        this.log.warning(`The server cannot set modification times (${refusals.join('; ')}); uploaded files keep the time of upload. ` +
            'Turn preserve-mtime off to silence this warning.');
        return 'none';
    }
}
//# sourceMappingURL=remote-mtime.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/listing-watch.js
var listing_watch = __nccwpck_require__(801);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/list-remote.js
/**
 * Lists a remote directory tree over the pool: each directory is one pool
 * task (MLSD where FEAT offers MLST, else LIST), with an absolute path and no
 * CWD, so sibling directories are listed in parallel on different
 * connections. Every name is checked before it becomes part of a path.
 */






function missingDirectory(dir, kind) {
    const what = kind === 'file' ? 'is a file, not a directory' : 'does not exist';
    // No `cause`: the listing's reply (often 450/451) would make this look transient.
    return new errors/* RemotePathError */.UC(dir, `The remote directory "${dir}" ${what}`, {
        hint: 'Check the remote directory input (remote paths are case-sensitive on most servers).',
    });
}
/**
 * A listing whose data connection ended early. 426 is what a server
 * answers when a data connection closes mid-transfer; this is the same
 * failure seen from our side, and like 426 it is worth another attempt.
 */
class ListingCutError extends errors/* ConnectionError */.Rc {
    constructor(dir) {
        super(`The listing of "${dir}" ended in the middle of a line: its data connection was cut short`, { code: 426 });
    }
}
/**
 * Refuses a listing the server says it cut short (pure-ftpd: "226 Output
 * truncated to 10000 matches"): trusting it would silently leave files out.
 */
function checkNotTruncated(client, dir) {
    const reply = (0,listing_watch/* lastListing */.DU)(client)?.reply ?? '';
    if (!/truncat/i.test(reply))
        return;
    throw new errors/* RemotePathError */.UC(dir, `The server cut the listing of "${dir}" short: it answered "${reply.split('\n').pop() ?? reply}"`, {
        hint: "Nothing was transferred from an incomplete listing. Split the directory into smaller ones, or raise the server's limit (pure-ftpd: --limitrecursion).",
    });
}
/**
 * `client.list(dir)`, checked for completeness. A listing ending mid-line
 * is fetched once more: a second, complete one replaces it; the very same
 * text again is how this server ends listings, and is used; anything else
 * was cut, and ListingCutError lets the caller's retries fetch it afresh.
 */
async function listComplete(client, dir) {
    let first;
    try {
        return checked(client, dir, await client.list(dir));
    }
    catch (error) {
        if (!(error instanceof listing_watch/* UnterminatedListingError */.nP))
            throw error;
        first = error.raw;
    }
    try {
        return checked(client, dir, await client.list(dir));
    }
    catch (error) {
        if (!(error instanceof listing_watch/* UnterminatedListingError */.nP))
            throw error;
        if (error.raw !== first)
            throw new ListingCutError(dir);
        return checked(client, dir, (0,dist.parseList)(error.raw));
    }
}
function checked(client, dir, listing) {
    checkNotTruncated(client, dir);
    return listing;
}
/** basic-ftp's listing buffer overflowed: the transfer was abandoned and the client may still owe replies. */
function isListingOverflow(error) {
    return error instanceof Error && !(error instanceof dist.FTPError) && /StringWriter: Maximum bytes exceeded/.test(error.message);
}
/**
 * 425/426: the data connection could not be opened or broke. That says
 * nothing about the directory, so it is not checked against the parent (which
 * would fail the same way); it stays transient, with the likely causes.
 */
function dataConnectionFailed(dir, error) {
    return new errors/* ConnectionError */.Rc(`The server could not open a data connection to list "${dir}": ${(0,ftp_reply/* describeError */.U)(error)}`, {
        code: error.code,
        cause: error,
        hint: "With data-mode: active the server must reach the runner at the announced address (check active-address, firewalls and NAT); in passive mode a firewall may block the server's passive ports.",
    });
}
function listingTooLarge(dir, what) {
    return new errors/* RemotePathError */.UC(dir, `The listing of "${dir}" has ${what}, more than this action will hold in memory`, {
        hint: 'Nothing was transferred. Split the directory into smaller ones; a listing this large is usually a mistake or a misbehaving server.',
    });
}
/**
 * Lists one absolute directory on `client`. An empty answer or a refusal is
 * checked against the parent (see remote-kind.ts), because "226 and nothing"
 * is how some servers answer LIST of a directory that does not exist: that
 * becomes a RemotePathError instead of an empty tree. `known.exists` skips
 * that check for a directory just seen in its parent's listing. A listing
 * the server cut short, or one too large to hold, is refused (see `listComplete`).
 */
async function listRemoteDirectory(client, dir, known = {}) {
    if (!isAbsoluteRemote(dir)) {
        throw new errors/* RemotePathError */.UC(dir, `The remote directory "${dir}" must be an absolute path (starting with "/")`);
    }
    let listing;
    try {
        listing = await listComplete(client, dir);
    }
    catch (error) {
        if (isListingOverflow(error)) {
            client.close();
            throw listingTooLarge(dir, `more than ${listing_watch/* maxListingBytes */.CT / 1024 / 1024} MiB of text`);
        }
        if (error instanceof listing_watch/* ListingTooLargeError */.EH)
            throw listingTooLarge(dir, error.message);
        if (!(error instanceof dist.FTPError))
            throw error;
        if (error.code === 425 || error.code === 426)
            throw dataConnectionFailed(dir, error);
        const kind = (await findRemoteKinds(client, [dir])).get(dir) ?? 'missing';
        if (kind !== 'directory')
            throw missingDirectory(dir, kind);
        throw new errors/* RemotePathError */.UC(dir, `Listing the remote directory "${dir}" failed: ${(0,ftp_reply/* describeError */.U)(error)}`, {
            code: (0,ftp_reply/* replyCode */.I)(error),
            cause: error,
            hint: 'Check that this user may list the directory.',
        });
    }
    if (listing.length === 0 && dir !== '/' && known.exists !== true) {
        const kind = (await findRemoteKinds(client, [dir])).get(dir) ?? 'missing';
        if (kind !== 'directory')
            throw missingDirectory(dir, kind);
    }
    return listing;
}
function entryType(info) {
    switch (info.type) {
        case dist.FileType.File:
            return 'file';
        case dist.FileType.Directory:
            return 'directory';
        case dist.FileType.SymbolicLink:
            return 'symlink';
        default:
            return undefined;
    }
}
/**
 * Bounds on a whole tree, against a server that lists without end: a tree
 * deeper than any real site (a directory that contains itself, or a server
 * inventing one more level per listing) or wider than memory allows.
 */
const maxTreeDepth = 100;
const maxTreeEntries = 250_000;
function treeTooLarge(base, what) {
    return new errors/* RemotePathError */.UC(base, `The remote tree "${base}" ${what}; refusing to walk it further`, {
        hint: 'Nothing was transferred. Choose a smaller remote directory, or recursive: false; a tree this large is usually a loop or a misbehaving server.',
    });
}
/**
 * Lists `remoteDir` (absolute), optionally recursively, sorted by path.
 * Throws RemotePathError when the directory does not exist, cannot be listed,
 * the server lists a name that is not safe to use (see `checkSafeName`), or
 * the tree is deeper or larger than `maxTreeDepth` and `maxTreeEntries`.
 */
async function listRemoteTree(pool, remoteDir, options) {
    const base = normalizeRemote(remoteDir);
    const entries = [];
    const visit = async (relativeDir) => {
        const dir = relativeDir === '' ? base : joinRemote(base, relativeDir);
        if (relativeDir.split('/').length > maxTreeDepth)
            throw treeTooLarge(base, `is more than ${maxTreeDepth} directories deep`);
        // Subdirectories were just listed by their parent: empty means empty.
        const known = { exists: relativeDir !== '' };
        const listing = await pool.run(`listing of ${dir}`, (client) => listRemoteDirectory(client, dir, known));
        options.log.debug(`Listed ${dir}: ${listing.length} entries`);
        const subdirs = [];
        for (const info of listing) {
            checkSafeName(info.name, dir);
            const type = entryType(info);
            const path = relativeDir === '' ? info.name : `${relativeDir}/${info.name}`;
            if (type === undefined) {
                options.log.verbose(`Skipping ${joinRemote(dir, info.name)}: neither a file, a directory nor a symbolic link`);
                continue;
            }
            entries.push({ path, size: info.size, type, ...(info.modifiedAt === undefined ? {} : { modifiedAt: info.modifiedAt }) });
            if (entries.length > maxTreeEntries)
                throw treeTooLarge(base, `has more than ${maxTreeEntries} entries`);
            if (type === 'directory' && options.recursive)
                subdirs.push(path);
        }
        // The pool bounds the parallelism; waiting here only orders completion.
        await Promise.all(subdirs.map(visit));
    };
    await visit('');
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
//# sourceMappingURL=list-remote.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/remote-index.js
/**
 * What already exists where an upload will write, for `overwrite: never` and
 * `if-different`: one listing per target directory, in parallel across the
 * pool, instead of a SIZE per file. Directories made by this run are empty
 * and are not listed at all.
 */



/** Absolute remote path → what is there, for every entry of `dirs`. */
async function indexRemoteFiles(pool, dirs, log) {
    const index = new Map();
    await Promise.all([...new Set(dirs)].map(async (dir) => {
        // Every target directory was just checked or created.
        const listing = await pool.run(`listing of ${dir}`, (client) => listRemoteDirectory(client, dir, { exists: true }));
        for (const info of listing) {
            // Only looked up by our own (safe) names; an odd name cannot match one, so it is just left out.
            if (!isSafeName(info.name)) {
                log.debug(`Ignoring the entry ${JSON.stringify(info.name)} listed in ${dir}`);
                continue;
            }
            index.set(dir === '/' ? `/${info.name}` : `${dir}/${info.name}`, {
                size: info.size,
                isDirectory: info.type === dist.FileType.Directory,
            });
        }
    }));
    return index;
}
//# sourceMappingURL=remote-index.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/passive-reply-cache.js
var passive_reply_cache = __nccwpck_require__(396);
// EXTERNAL MODULE: ./packages/core/lib/ftp/passive-mode.js
var passive_mode = __nccwpck_require__(848);
// EXTERNAL MODULE: ./packages/core/lib/ftp/pipeline.js
var pipeline = __nccwpck_require__(273);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/rename-together.js
/**
 * RNFR, RNTO and the next transfer's passive command in one write: the
 * rename of an atomic upload then costs one round trip instead of two, and
 * the next file's EPSV costs none (its reply is kept for the next transfer;
 * see `passive-reply-cache.ts`). Measured with raw sockets at 40 ms and 8
 * connections: 4.6 s for 200 files against 3.9 s for plain STOR, where
 * RNFR and RNTO one after the other would add two round trips per file.
 *
 * A server whose replies do not match the commands is renamed in lockstep
 * from then on. One reply came for each command, so the session is still
 * in step as a whole; only which reply answered which is unknown, so the
 * caller renames again in lockstep, allowing for a rename that already
 * happened. ftp-srv is one such server:
 * it runs each command as it arrives, so RNTO can be answered (503, no
 * RNFR yet) before RNFR is; pure-ftpd was seen out of step once through
 * the latency proxy.
 */





const isReply = (reply) => reply !== undefined && !(reply instanceof dist.FTPError);
/**
 * Renames `from` to `to` in one round trip and, with `passive` set (when
 * another transfer will follow on this session), asks for the next passive
 * port in the same round trip.
 */
async function renameTogether(ftp, from, to, passive) {
    // Named before sending: a closed socket no longer knows its peer.
    const server = (0,pipeline/* serverOf */.FN)(ftp);
    const replies = await (0,pipeline/* sendTogether */.tM)(ftp, [`RNFR ${from}`, `RNTO ${to}`, ...(passive === undefined ? [] : [passive])]);
    const [rnfr, rnto, next] = replies;
    const expectedPassive = passive === 'EPSV' ? 229 : 227;
    // A refused RNFR makes the server answer RNTO with 503 (bad sequence); a refused passive command is harmless.
    const inStep = (rnfr instanceof dist.FTPError ? rnto instanceof dist.FTPError : rnfr?.code === 350) &&
        (rnto instanceof dist.FTPError || (rnto !== undefined && rnto.code >= 200 && rnto.code < 300)) &&
        (passive === undefined || next instanceof dist.FTPError || next?.code === expectedPassive);
    if (!inStep) {
        (0,pipeline/* rememberOutOfStep */.F)(server);
        const described = replies.map((reply) => String(reply?.code)).join(', ');
        const commands = `RNFR, RNTO${passive === undefined ? '' : ` and ${passive}`}`;
        ftp.log(`Replies to ${commands} sent together came out of step (${described}): renaming in lockstep from now on`);
        return { kind: 'out-of-step', replies: described };
    }
    if (passive !== undefined && isReply(next))
        (0,passive_reply_cache/* keepPassiveReply */.j)(ftp, passive, next);
    if (rnfr instanceof dist.FTPError)
        return { kind: 'refused', command: 'RNFR', error: rnfr };
    if (rnto instanceof dist.FTPError)
        return { kind: 'refused', command: 'RNTO', error: rnto };
    return { kind: 'renamed' };
}
/** True when `client` can be sent several renames together (a basic-ftp client whose server keeps replies in step). */
function canRenameTogether(client) {
    return client instanceof dist.Client && (0,pipeline/* keepsRepliesInStep */.M0)(client.ftp);
}
/**
 * Pauses before asking again when RNFR says the file we just stored is not
 * there (550). ftp-srv confirms an empty file's STOR before the file exists,
 * and servers in front of object stores show new files late; a real refusal
 * (no permission) is still reported, after half a second.
 */
const sourcePausesMs = [100, 400];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Renames a file this session just stored: RNFR and RNTO together where the
 * server keeps replies in step (with the next transfer's passive command
 * when `nextTransfer` is set), else one at a time. After replies out of
 * step, a source that is gone while `to` holds the file means the rename
 * happened. Refusals are returned; a failed connection throws.
 */
async function renameStored(client, from, to, options = {}) {
    let confused = false;
    if (canRenameTogether(client)) {
        const passive = options.nextTransfer === true ? (0,passive_mode/* settledPassiveCommand */.Yt)(client.ftp) : undefined;
        const outcome = await renameTogether(client.ftp, from, to, passive);
        if (outcome.kind === 'renamed')
            return { ok: true };
        if (outcome.kind === 'refused' && outcome.command === 'RNTO')
            return { ok: false, command: 'RNTO', error: outcome.error };
        // A refused RNFR may be a file not shown yet, and replies out of step leave the rename in doubt: one command at a time.
        confused = outcome.kind === 'out-of-step';
    }
    for (const pauseMs of [0, ...sourcePausesMs]) {
        if (pauseMs > 0)
            await sleep(pauseMs);
        try {
            await client.send(`RNFR ${from}`);
            break;
        }
        catch (error) {
            if (!(error instanceof dist.FTPError))
                throw error;
            if (confused && (await (options.isRenamed ?? (() => remoteFileExists(client, to)))()))
                return { ok: true };
            if (error.code !== 550 || pauseMs === sourcePausesMs[sourcePausesMs.length - 1])
                return { ok: false, command: 'RNFR', error };
        }
    }
    try {
        await client.send(`RNTO ${to}`);
        return { ok: true };
    }
    catch (error) {
        if (!(error instanceof dist.FTPError))
            throw error;
        return { ok: false, command: 'RNTO', error };
    }
}
/** `renameStored` for a sync's small files: a refusal is thrown as the FTPError `client.send` would throw. */
async function renameWritten(client, from, to) {
    const result = await renameStored(client, from, to);
    if (!result.ok)
        throw result.error;
}
/**
 * RNFR and RNTO of every pair in one write: several stored files take their
 * final names in one round trip (a sync's files, stored while its lock
 * settled, all go live at once when it is confirmed). One outcome per pair,
 * in order. Replies that do not fit make every pair `out-of-step` (which
 * reply answered which is unknown from there on), and the server is renamed
 * in lockstep from then on; see `renameTogether`.
 */
async function renameAllTogether(ftp, pairs) {
    const server = (0,pipeline/* serverOf */.FN)(ftp);
    const replies = await (0,pipeline/* sendTogether */.tM)(ftp, pairs.flatMap((pair) => [`RNFR ${pair.from}`, `RNTO ${pair.to}`]));
    const outcomes = pairs.map((_, index) => {
        const rnfr = replies[2 * index];
        const rnto = replies[2 * index + 1];
        if (rnfr instanceof dist.FTPError)
            return rnto instanceof dist.FTPError ? { kind: 'refused', command: 'RNFR', error: rnfr } : undefined;
        if (rnfr?.code !== 350)
            return undefined;
        if (rnto instanceof dist.FTPError)
            return { kind: 'refused', command: 'RNTO', error: rnto };
        return rnto !== undefined && rnto.code >= 200 && rnto.code < 300 ? { kind: 'renamed' } : undefined;
    });
    if (outcomes.every((outcome) => outcome !== undefined))
        return outcomes;
    (0,pipeline/* rememberOutOfStep */.F)(server);
    const described = replies.map((reply) => String(reply?.code)).join(', ');
    ftp.log(`Replies to ${pairs.length} renames sent together came out of step (${described}): renaming in lockstep from now on`);
    return pairs.map(() => ({ kind: 'out-of-step', replies: described }));
}
//# sourceMappingURL=rename-together.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/staged-renames.js


/**
 * Most renames sent in one write. Eight pairs are sixteen commands, a few
 * hundred bytes; larger groups would leave connections idle while one works
 * through them.
 */
const maxGroup = 8;
class StagedRenames {
    pool;
    timeSetter;
    log;
    due = [];
    constructor(pool, timeSetter, log) {
        this.pool = pool;
        this.timeSetter = timeSetter;
        this.log = log;
    }
    /** Renames `file` along with the others due in the same turn of the event loop. */
    rename(file) {
        return new Promise((settle) => {
            this.due.push({ file, settle });
            // Everything waiting on the gate resumes in the same turn: gather it all first.
            if (this.due.length === 1)
                setImmediate(() => this.flush());
        });
    }
    flush() {
        const due = this.due;
        this.due = [];
        const groups = Math.ceil(due.length / maxGroup);
        const size = Math.ceil(due.length / groups);
        for (let start = 0; start < due.length; start += size)
            void this.renameGroup(due.slice(start, start + size));
    }
    async renameGroup(group) {
        try {
            // Ahead of the files still waiting to be stored: these are ready to go live now.
            await this.pool.use(async (client) => {
                if (!canRenameTogether(client)) {
                    for (const { settle } of group)
                        settle('not-renamed');
                    return;
                }
                const pairs = group.map(({ file }) => ({ from: file.tempPath, to: file.remotePath }));
                const outcomes = await renameAllTogether(client.ftp, pairs);
                for (const [index, { file, settle }] of group.entries()) {
                    const outcome = outcomes[index];
                    if (outcome?.kind !== 'renamed') {
                        settle(outcome?.kind === 'refused' ? 'not-renamed' : 'unsure');
                        continue;
                    }
                    if (this.timeSetter !== undefined && file.mtime !== undefined)
                        await this.timeSetter.set(client, file.remotePath, file.mtime);
                    settle('renamed');
                }
            }, { ahead: true });
        }
        catch (error) {
            this.log.debug(`Renaming ${group.length} staged files together failed: ${(0,ftp_reply/* describeError */.U)(error)}; each is tried again alone`);
            // Settling twice is harmless: those already settled keep their result.
            for (const { settle } of group)
                settle('unsure');
        }
    }
}
//# sourceMappingURL=staged-renames.js.map
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(692);
;// CONCATENATED MODULE: ./packages/core/lib/transfer/empty-source.js
/**
 * The data source for a zero-byte upload. basic-ftp starts writing to a TLS
 * data socket as soon as Node reports a cipher, which for a resumed TLS
 * session happens before the handshake has even run; an empty stream then
 * closes the data connection mid-handshake and vsftpd, ProFTPD and pure-ftpd
 * (TLS 1.2) answer "decode error" or 426 — every empty file over FTPS failed.
 * Ending the stream only once the handshake has finished, one macrotask
 * later, stores empty files on all three (measured 300 of 300).
 */


/** basic-ftp keeps the data socket on `client.ftp.dataSocket`; fakes have none. */
function dataSocketOf(client) {
    if (typeof client !== 'object' || client === null || !('ftp' in client))
        return undefined;
    const { ftp } = client;
    return typeof ftp === 'object' && ftp !== null && 'dataSocket' in ftp ? ftp.dataSocket : undefined;
}
function emptyUploadSource(client) {
    let asked = false;
    return new external_node_stream_namespaceObject.Readable({
        read() {
            if (asked)
                return;
            asked = true;
            const end = () => {
                setTimeout(() => this.push(null), 0);
            };
            const socket = dataSocketOf(client);
            if (socket instanceof external_node_tls_.TLSSocket && socket.getFinished() === undefined)
                socket.once('secureConnect', end);
            else
                end();
        },
    });
}
//# sourceMappingURL=empty-source.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/send-file.js
/**
 * Writes a local file into a data connection through two reused buffers.
 *
 * `fs.createReadStream` allocates a fresh buffer for every read. For a
 * 512 MiB upload in 1 MiB reads that is 512 new megabytes for the kernel to
 * map and fault in and for V8 to collect: measured under Node 24 against
 * pure-ftpd on loopback, a raw client piping such a stream into its socket
 * used twice the CPU time and twice the memory of one that reads into two
 * buffers by turns (one filling from the disk while the other is written
 * out), and the action spent about 0.3 s of its upload in garbage
 * collection. A buffer is read into again only once the socket has called
 * back for its last write: until then Node may still hold it.
 *
 * The reads are synchronous, on the main thread, as curl's are: a read of a
 * few megabytes from the page cache takes about a millisecond, less than
 * handing it to libuv's thread pool and back. Measured on the bench's
 * 512 MiB upload (pure-ftpd on loopback, 2 vCPUs, the bench's other work
 * around it): 0.35 to 0.66 s with reads in the thread pool, 0.35 to 0.38 s
 * with reads here. While one buffer is read into, the kernel is still
 * sending the other.
 */


function openForReading(path) {
    return new Promise((resolve, reject) => (0,external_node_fs_namespaceObject.open)(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}
function closeQuietly(fd) {
    return new Promise((resolve) => (0,external_node_fs_namespaceObject.close)(fd, () => resolve()));
}
/** Resolves once `socket` has called back for the write of `data`; rejects with the write's error. */
function writeTo(socket, data) {
    return new Promise((resolve, reject) => {
        socket.write(data, (error) => (error ? reject(error) : resolve()));
    });
}
/** Resolves once everything written to `socket` is flushed after `end()`; rejects if it fails first. */
function endOf(socket) {
    return new Promise((resolve, reject) => {
        (0,external_node_stream_namespaceObject.finished)(socket, { readable: false }, (error) => (error ? reject(error) : resolve()));
        socket.end();
    });
}
/**
 * Sends the file's bytes from `range.start` to its end into `socket`, then
 * ends the socket; returns the number of bytes sent. Reads to the end of
 * file rather than to a known size, so that the caller can tell a file that
 * changed while it was sent.
 */
async function sendFile(range, socket, control) {
    const readFailed = (error) => {
        control.onReadError(error);
        throw error;
    };
    const fd = await openForReading(range.path).catch(readFailed);
    try {
        // Each buffer with the write still under way from it.
        let current = { buffer: Buffer.allocUnsafeSlow(range.chunkBytes), write: Promise.resolve() };
        let other = { buffer: Buffer.allocUnsafeSlow(range.chunkBytes), write: Promise.resolve() };
        let position = range.start;
        let sent = 0;
        for (;;) {
            // Read into again only once Node is done with its last write.
            await current.write;
            control.signal.throwIfAborted();
            let bytes;
            try {
                bytes = (0,external_node_fs_namespaceObject.readSync)(fd, current.buffer, 0, current.buffer.length, position);
            }
            catch (error) {
                readFailed(error);
            }
            if (bytes === 0)
                break;
            position += bytes;
            sent += bytes;
            control.onBytes(sent);
            const { buffer } = current;
            const write = writeTo(socket, bytes === buffer.length ? buffer : buffer.subarray(0, bytes));
            // Seen when this buffer's turn comes again, or at the end; a failure meanwhile waits until then.
            write.catch(() => undefined);
            current.write = write;
            [current, other] = [other, current];
        }
        await Promise.all([current.write, other.write]);
        await endOf(socket);
        return sent;
    }
    finally {
        await closeQuietly(fd);
    }
}
//# sourceMappingURL=send-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/store.js
/**
 * STOR and APPE that write the data as soon as the data connection is up,
 * not after the server's 150.
 *
 * basic-ftp's `uploadFrom` waits for 150 before writing. Over FTPS,
 * pure-ftpd sends its 150 only after the data connection's TLS handshake,
 * so that wait is one full round trip per file that nothing needs: the
 * three Debian servers take data written before their 150 (the kernel, or
 * the TLS layer, holds it until the server reads; SERVERS.md, Round trips).
 * Over plain FTP the data goes out once TCP connects, which on a real link
 * is when the 150 would have come anyway.
 *
 * The server's reply wins over what the data connection reports: a refused
 * STOR (553, read-only folder) often also resets the data connection, and
 * the reply says why, and whether a retry can help.
 */






/** Calls `action` once `socket` can carry data: connected, and over TLS with the handshake done. */
function whenWritable(socket, action) {
    if (socket instanceof external_node_tls_.TLSSocket) {
        if (socket.getFinished() !== undefined)
            action();
        else
            socket.once('secureConnect', action);
    }
    else if (socket.connecting === true) {
        socket.once('connect', action);
    }
    else {
        action();
    }
}
/**
 * Sends `command path` on a data connection `client.prepareTransfer` opens
 * (passive mode), writing `source` as soon as the connection can carry it;
 * resolves with the final reply once both the data is written and the
 * server has confirmed it. Returns the number of bytes read from `source`.
 */
async function storeFrom(client, source, command, remotePath, progress) {
    const ftp = client.ftp;
    if (!(source instanceof external_node_stream_namespaceObject.Readable)) {
        await client.prepareTransfer(ftp);
        return runStore(ftp, source, `${command} ${remotePath}`, progress);
    }
    const onSourceError = (error) => ftp.closeWithError(error);
    source.once('error', onSourceError);
    try {
        await client.prepareTransfer(ftp);
        return await runStore(ftp, source, `${command} ${remotePath}`, progress);
    }
    finally {
        source.removeListener('error', onSourceError);
    }
}
/**
 * True when `storeFrom` can carry `bytes` bytes on `client`: a basic-ftp
 * client in passive mode (active mode's data socket comes later; test
 * fakes have none), and not an empty file, which waits for the 150 the
 * basic-ftp way: ftp-srv accepts TLS data connections before the command
 * and gives up on one that has already ended by the time STOR arrives (425).
 */
function canStoreEarly(client, bytes) {
    return client instanceof dist.Client && (0,passive_mode/* usesPassiveMode */.jz)(client.ftp) && bytes > 0;
}
/** Stores `content` at `path`: by `storeFrom` where it can, else by basic-ftp's `uploadFrom`. */
async function storeBuffer(client, content, path) {
    if (canStoreEarly(client, content.length)) {
        await storeFrom(client, external_node_stream_namespaceObject.Readable.from([content]), 'STOR', path, { onBytes: () => undefined });
        return;
    }
    await client.uploadFrom(external_node_stream_namespaceObject.Readable.from([content]), path);
}
function runStore(ftp, source, fullCommand, progress) {
    return new Promise((resolve, reject) => {
        const socket = ftp.dataSocket;
        if (socket === undefined) {
            reject(new Error('Upload should begin but no data connection is available.'));
            return;
        }
        let bytes = 0;
        let dataDone = false;
        let dataError;
        let final;
        let task;
        let settled = false;
        // Stops a file being sent when the store fails first.
        const sending = new AbortController();
        const settle = (error) => {
            if (settled)
                return;
            settled = true;
            ftp.socket.setTimeout(ftp.timeout);
            ftp.dataSocket = undefined;
            if (error !== undefined) {
                if (source instanceof external_node_stream_namespaceObject.Readable)
                    source.destroy();
                else {
                    // What pipeline does when its source is destroyed.
                    sending.abort(error);
                    socket.destroy();
                }
                task?.reject(error);
                reject(error);
            }
            else if (final !== undefined) {
                task?.resolve(final);
                resolve({ reply: final, bytes });
            }
        };
        const settleIfDone = () => {
            if (dataError !== undefined && final !== undefined)
                settle(dataError);
            else if (dataDone && final !== undefined)
                settle();
        };
        ftp
            .handle(fullCommand, (reply, resolver) => {
            task = resolver;
            if (reply instanceof Error) {
                // FTPError for a 4xx/5xx reply, else the connection failed or timed out.
                settle(reply);
            }
            else if (reply.code >= 200 && reply.code < 300) {
                final = reply;
                settleIfDone();
            }
            else if (reply.code >= 300) {
                const error = new Error(`Unexpected FTP response is requesting an answer: ${reply.message}`);
                settle(error);
                ftp.closeWithError(error);
            }
            // 125 and 150 need nothing: the data is on its way already.
        })
            .catch(() => undefined);
        whenWritable(socket, () => {
            if (settled)
                return;
            // The data connection is in charge of timeouts while data flows; the
            // control connection is idle meanwhile and takes over again at the end.
            ftp.socket.setTimeout(0);
            socket.setTimeout(ftp.timeout);
            const sent = (error) => {
                if (settled)
                    return;
                ftp.socket.setTimeout(ftp.timeout);
                // On an error, wait for the server's reply: it usually says more than
                // "socket hang up" (the session is closed if none comes; see data-socket.ts).
                if (error)
                    dataError = error;
                else
                    dataDone = true;
                settleIfDone();
            };
            if (!(source instanceof external_node_stream_namespaceObject.Readable)) {
                const onBytes = (read) => {
                    bytes = read;
                    progress.onBytes(read);
                };
                // A file that cannot be read closes the session, as a failing stream does above.
                const onReadError = (error) => ftp.closeWithError(error);
                sendFile(source, socket, { onBytes, onReadError, signal: sending.signal }).then(() => sent(undefined), (error) => sent(error instanceof Error ? error : new Error(String(error))));
                return;
            }
            source.on('data', (chunk) => {
                bytes += chunk.length;
                progress.onBytes(bytes);
            });
            (0,external_node_stream_namespaceObject.pipeline)(source, socket, sent);
        });
    });
}
//# sourceMappingURL=store.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/upload-file.js
/**
 * One attempt at uploading one file, on a client the pool lent us.
 *
 * Round trips are the cost of FTP, so the common path sends only what it
 * must: EPSV + STOR (in place), or EPSV + STOR + RNFR + RNTO (atomic), and
 * waits as little as it can: the data goes out without waiting for the 150
 * (`storeFrom`), and RNFR, RNTO and the next file's EPSV go out together
 * (`renameStored`). SIZE is sent only when resuming a retried atomic
 * upload, and after RNTO fails (to tell "will not replace a file" from
 * other refusals).
 */









/** True for an in-memory item. */
function isContentItem(item) {
    return 'content' in item;
}
/** Runs `action`, naming the FTP command in what it throws: "STOR failed: 550 Permission denied". */
async function step(path, command, action) {
    try {
        return await action();
    }
    catch (error) {
        if (error instanceof errors/* FtpActionError */.BB)
            throw error;
        throw new errors/* TransferError */.aG(path, `${command} failed: ${(0,ftp_reply/* describeError */.U)(error)}`, { code: (0,ftp_reply/* replyCode */.I)(error), cause: error });
    }
}
async function currentSize(item) {
    if (isContentItem(item))
        return item.content.length;
    return (await (0,promises_namespaceObject.stat)(item.localPath)).size;
}
/** The data from `offset` on: a local path (basic-ftp opens it and checks it did not change) or a stream. */
function sourceFrom(item, offset) {
    if (isContentItem(item))
        return external_node_stream_namespaceObject.Readable.from([item.content.subarray(offset)], { objectMode: false });
    return item.localPath;
}
/**
 * Renames the temporary file onto the final name. Some servers (IIS among
 * them) refuse RNTO onto an existing file, and some refuse renames
 * altogether; deleting the old file first would open exactly the window
 * atomic uploads exist to close, so a refusal is reported, with the way out
 * in the message itself (an action's failure lists each file's message).
 */
async function renameIntoPlace(client, tempPath, finalPath, size, nextTransfer) {
    const result = await step(finalPath, 'RNFR/RNTO', () => renameStored(client, tempPath, finalPath, { nextTransfer, isRenamed: () => holdsUpload(client, finalPath, size) }));
    if (result.ok)
        return;
    if (result.command === 'RNFR') {
        throw new errors/* TransferError */.aG(finalPath, `RNFR failed: ${(0,ftp_reply/* describeError */.U)(result.error)}`, { code: result.error.code, cause: result.error });
    }
    throw await renameRefused(client, finalPath, result.error);
}
/**
 * True when `path` holds a file of `size` bytes, by SIZE. ftp-srv answers
 * SIZE of an empty file with "213 File status" and no number (see
 * `remoteSize`), so an empty upload counts as there when SIZE succeeds.
 */
async function holdsUpload(client, path, size) {
    const stored = await remoteSize(client, path);
    if (stored !== undefined)
        return stored === size;
    return size === 0 && (await remoteFileExists(client, path));
}
/** The error for a refused RNTO, saying whether the server will not replace files by renaming. */
async function renameRefused(client, finalPath, error) {
    if (error.code < 500)
        return new errors/* TransferError */.aG(finalPath, `RNTO failed: ${(0,ftp_reply/* describeError */.U)(error)}`, { code: error.code, cause: error });
    const onto = (await remoteFileExists(client, finalPath))
        ? `the uploaded file onto the existing "${finalPath}" (RNTO answered ${(0,ftp_reply/* describeError */.U)(error)}): it does not replace files by renaming`
        : `the uploaded temporary file to "${finalPath}" (RNTO answered ${(0,ftp_reply/* describeError */.U)(error)})`;
    return new errors/* TransferError */.aG(finalPath, `The server refused to rename ${onto}; set atomic: false to write files in place on this server`, {
        code: error.code,
        cause: error,
        hint: 'Set atomic: false to write files in place on this server (visitors may then see a partly written file while it uploads).',
    });
}
/**
 * Large reads for large files (fewer system calls and socket writes), small
 * ones for small files: one byte over the size, so that a small file takes
 * one read and the read that finds its end. Up to 4 MiB: measured on the
 * bench's 512 MiB file against pure-ftpd on loopback, the upload took
 * 0.35 s with 4 MiB reads against 0.38 s with 1 MiB (curl: 0.33 s). A
 * connection holds two such buffers while it sends a large file.
 */
function readChunkBytes(bytes) {
    return Math.min(4 * 1024 * 1024, Math.max(16 * 1024, bytes + 1));
}
/** The data from `offset` on: content as a stream, a file as a range read through reused buffers (see send-file.ts). */
function storeSourceFrom(item, offset, size) {
    if (isContentItem(item))
        return external_node_stream_namespaceObject.Readable.from([item.content.subarray(offset)], { objectMode: false });
    return { path: item.localPath, start: offset, chunkBytes: readChunkBytes(size - offset) };
}
/**
 * Sends the file's data from `offset` on with STOR (offset 0) or APPE. A
 * basic-ftp client in passive mode writes without waiting for the 150 (see
 * `storeFrom`); other clients (active mode, test fakes) use basic-ftp's own.
 */
async function sendData(client, item, target, offset, size, onBytes) {
    const command = offset === 0 ? 'STOR' : 'APPE';
    if (canStoreEarly(client, size - offset)) {
        const source = storeSourceFrom(item, offset, size);
        const { bytes } = await storeFrom(client, source, command, target, { onBytes: (sent) => onBytes(offset + sent) });
        if (!isContentItem(item) && bytes !== size - offset) {
            throw new errors/* TransferError */.aG(target, `"${item.localPath}" changed while it was uploaded: ${offset + bytes} bytes sent instead of ${size}`);
        }
        return;
    }
    client.trackProgress((info) => onBytes(offset + info.bytes));
    try {
        if (offset === 0) {
            await client.uploadFrom(size === 0 ? emptyUploadSource(client) : sourceFrom(item, 0), target);
        }
        else {
            const source = sourceFrom(item, offset);
            await (typeof source === 'string' ? client.appendFrom(source, target, { localStart: offset }) : client.appendFrom(source, target));
        }
    }
    finally {
        client.trackProgress();
    }
}
/**
 * One attempt; returns the file's size in bytes. A retried atomic upload
 * whose temporary file already holds a prefix of the data continues with
 * APPE from there and then checks the size, rather than sending it all again.
 * In-place uploads always start over: the final name may hold an older
 * version whose size says nothing about what we sent.
 */
async function uploadAttempt(client, plan, attempt, context) {
    const { item, remotePath, tempPath } = plan;
    const target = tempPath ?? remotePath;
    const size = await step(remotePath, 'Reading the local file', () => currentSize(item));
    let offset = 0;
    if (tempPath !== undefined && attempt > 1 && !plan.restartFromZero) {
        const stored = await step(remotePath, 'SIZE', () => remoteSize(client, tempPath));
        if (stored !== undefined && stored <= size)
            offset = stored;
    }
    plan.restartFromZero = false;
    if (offset === 0) {
        await step(remotePath, 'STOR', () => sendData(client, item, target, 0, size, context.onBytes));
    }
    else {
        if (offset < size)
            await step(remotePath, 'APPE', () => sendData(client, item, target, offset, size, context.onBytes));
        const stored = await step(remotePath, 'SIZE', () => remoteSize(client, target));
        if (stored !== size) {
            plan.restartFromZero = true;
            throw new IncompleteTransferError(remotePath, `The resumed upload of "${remotePath}" left ${stored ?? 'an unknown number of'} bytes on the server instead of ${size}; starting over`);
        }
    }
    context.onBytes(size);
    if (tempPath !== undefined && context.mayPublish?.() === false)
        return { bytes: size, published: false };
    await publish(client, plan, size, context);
    return { bytes: size, published: true };
}
/** Puts a stored file under its final name (atomic) and sets its time (preserve-mtime). */
async function publish(client, plan, size, context) {
    const { item, remotePath, tempPath } = plan;
    if (tempPath !== undefined)
        await renameIntoPlace(client, tempPath, remotePath, size, context.reserveNextPort?.() ?? false);
    if (context.timeSetter !== undefined && !isContentItem(item))
        await context.timeSetter.set(client, remotePath, item.mtime);
}
/**
 * Publishes a file an earlier attempt left staged under its temporary name
 * (`mayPublish` said no then). The first try only renames; should that
 * fail in a way worth retrying, the rename may or may not have happened,
 * so a later try is a whole resumed attempt: SIZE of the temporary file,
 * the rest of the data if any, then the rename.
 */
async function publishAttempt(client, plan, staged, attempt, context) {
    if (attempt > 1)
        return (await uploadAttempt(client, plan, attempt, { ...context, mayPublish: () => true })).bytes;
    await publish(client, plan, staged.bytes, context);
    return staged.bytes;
}
//# sourceMappingURL=upload-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/upload.js
/**
 * Uploads a batch of files over the pool. In order: make sure the common
 * base directory exists, create every needed directory once (parents first,
 * in parallel per level), list the target directories once if the overwrite
 * mode needs to know what is there, then send each file as one pool task,
 * streamed from disk. A file that fails for good is reported with the
 * server's reply and the rest go on.
 */














function mtimeOf(item) {
    return isContentItem(item) ? undefined : item.mtime;
}
function plannedSize(item) {
    return isContentItem(item) ? item.content.length : item.size;
}
/** Normalizes paths and gives each file its temporary name; bad or duplicate paths fail up front. */
function prepare(files, atomic) {
    const seen = new Set();
    return files.map((item) => {
        let remotePath;
        try {
            remotePath = normalizeRemote(item.remotePath);
        }
        catch (error) {
            if (error instanceof errors/* RemotePathError */.UC)
                return { invalid: error.message };
            throw error;
        }
        if (!isAbsoluteRemote(remotePath) || remotePath === '/') {
            return { invalid: `the remote path ${JSON.stringify(item.remotePath)} is not an absolute file path` };
        }
        if (seen.has(remotePath))
            return { invalid: 'another file of this upload goes to the same remote path' };
        seen.add(remotePath);
        const tempPath = atomic ? joinRemote(remoteParent(remotePath), temporaryName(remoteBasename(remotePath))) : undefined;
        return { plan: { item, remotePath, tempPath, restartFromZero: false } };
    });
}
/** Deletes a failed atomic upload's temporary file; a leftover is worth a warning, not a failure. */
async function removeTemporary(pool, tempPath, log) {
    try {
        await pool.use((client) => client.send(`DELE ${tempPath}`));
        log.debug(`Removed the temporary file ${tempPath}`);
    }
    catch (error) {
        // 550 is "no such file" on every server we know: the upload never created it.
        if (error instanceof dist.FTPError && error.code === 550)
            return;
        log.warning(`Could not remove the temporary file ${tempPath}: ${(0,ftp_reply/* describeError */.U)(error)}`);
    }
}
/**
 * Uploads `files` (absolute remote paths) and reports each one. Throws only
 * when nothing can proceed: the base directory cannot be made, or no
 * connection can be had.
 */
async function uploadFiles(pool, files, options, deps) {
    const started = deps.now();
    const { log } = deps;
    const prepared = prepare(files, options.atomic);
    const plans = prepared.flatMap((entry) => ('plan' in entry ? [entry.plan] : []));
    const finalPaths = plans.map((plan) => plan.remotePath);
    const gate = options.publishGate;
    // Only an atomic upload has something to do that shows nowhere.
    if (gate !== undefined && !options.atomic && plans.length > 0)
        await gate.wait();
    const beforeMaking = gate === undefined ? undefined : () => gate.wait();
    const failedDirs = new Map();
    // A base that had to be created holds nothing yet. Directories MKD made
    // below an existing base are listed all the same: some servers (ftp-srv)
    // answer 257 to MKD of a directory that already exists.
    let baseIsNew = false;
    if (plans.length > 0) {
        const base = commonRemoteDir(finalPaths);
        baseIsNew = (await ensureRemoteDir(pool, base, log, beforeMaking)) === 'created';
        const dirs = await createRemoteDirs(pool, remoteDirsToCreate(finalPaths, base), log, beforeMaking);
        for (const [dir, error] of dirs.failed)
            failedDirs.set(dir, error);
    }
    const targets = [...new Set(finalPaths.map(remoteParent))].filter((dir) => !failedDirs.has(dir));
    const remote = options.overwrite === 'always' || baseIsNew ? new Map() : await indexRemoteFiles(pool, targets, log);
    const progress = new TransferProgress({
        verb: 'Uploaded',
        filesTotal: files.length,
        bytesTotal: files.reduce((sum, item) => sum + plannedSize(item), 0),
        log,
        now: deps.now,
        ...(deps.progressIntervalMs === undefined ? {} : { intervalMs: deps.progressIntervalMs }),
        ...(deps.onProgress === undefined ? {} : { onProgress: deps.onProgress }),
    });
    const timeSetter = options.preserveMtime ? new RemoteTimeSetter(log) : undefined;
    const batch = { fatal: undefined };
    const staged = new StagedRenames(pool, timeSetter, log);
    // An atomic upload asks for the next passive port along with its rename
    // when a file waits for a connection, and that file then gets this
    // connection: a port nobody uses would only keep a listener open on the
    // server.
    const reserveNextPortFor = (client) => () => pool.claimWaiter?.(client) ?? false;
    /** Waits for the gate with a file staged; a gate shut for good stops the batch, this file's temporary removed first. */
    const waitToPublish = async (plan) => {
        try {
            await gate?.wait();
        }
        catch (reason) {
            batch.fatal ??= reason;
            if (plan.tempPath !== undefined)
                await removeTemporary(pool, plan.tempPath, log);
            throw batch.fatal;
        }
    };
    const uploadOne = async (plan, key) => {
        const base = { remotePath: plan.remotePath, ...(isContentItem(plan.item) ? {} : { localPath: plan.item.localPath }) };
        const dirFailure = failedDirs.get(remoteParent(plan.remotePath));
        const skip = decideUpload(options.overwrite, plannedSize(plan.item), remote.get(plan.remotePath));
        if (dirFailure !== undefined)
            return { ...base, bytes: 0, status: 'failed', reason: dirFailure.message };
        if (skip !== undefined)
            return { ...base, bytes: plannedSize(plan.item), status: 'skipped', reason: skip };
        const attemptContext = (client) => ({
            timeSetter,
            reserveNextPort: reserveNextPortFor(client),
            onBytes: (sent) => progress.update(key, sent),
            ...(gate === undefined ? {} : { mayPublish: () => gate.isOpen }),
        });
        const settings = { retries: options.retries, log, description: `Upload of ${plan.remotePath}`, ...retryDelay(options) };
        try {
            const stored = await attemptFile(pool, batch, settings, (client, attempt) => uploadAttempt(client, plan, attempt, attemptContext(client)));
            let { bytes } = stored;
            if (!stored.published && plan.tempPath !== undefined) {
                await waitToPublish(plan);
                const renamed = await staged.rename({ tempPath: plan.tempPath, remotePath: plan.remotePath, mtime: mtimeOf(plan.item) });
                // Unsure whether the rename happened, only a resumed upload (`attempt` > 1) is safe.
                const skip = renamed === 'unsure' ? 1 : 0;
                if (renamed !== 'renamed') {
                    bytes = await attemptFile(pool, batch, settings, (client, attempt) => publishAttempt(client, plan, stored, attempt + skip, attemptContext(client)));
                }
            }
            return { ...base, bytes, status: 'transferred' };
        }
        catch (error) {
            if (isBatchFailure(batch, error))
                throw error;
            if (plan.tempPath !== undefined && batch.fatal === undefined)
                await removeTemporary(pool, plan.tempPath, log);
            return { ...base, bytes: 0, status: 'failed', reason: (0,ftp_reply/* describeError */.U)(error) };
        }
    };
    const sendOne = async (index, heldBack) => {
        const entry = prepared[index];
        const item = files[index];
        if (entry === undefined || item === undefined)
            throw new RangeError(`no file at index ${index}`);
        const key = String(index);
        const result = heldBack
            ? {
                remotePath: item.remotePath,
                bytes: 0,
                status: 'failed',
                reason: 'Not sent: a file of an earlier phase failed, and pages must not go live before their assets',
            }
            : 'plan' in entry
                ? await uploadOne(entry.plan, key)
                : { remotePath: item.remotePath, bytes: 0, status: 'failed', reason: `Refused: ${entry.invalid}` };
        progress.finish(key, result.remotePath, result, plannedSize(item));
        deps.onFileDone?.(result, index);
        return result;
    };
    // Phases run one after another; within a phase the pool starts files in order.
    const phases = planUploadPhases(files.map((item) => ({ path: item.remotePath, size: plannedSize(item) })), options.order ?? 'as-listed');
    const results = new Array(files.length);
    let earlierPhaseFailed = false;
    for (const phase of phases) {
        const held = earlierPhaseFailed;
        const settled = await settleAll(phase.length, (position) => sendOne(phase[position] ?? -1, held));
        settled.forEach((result, position) => {
            results[phase[position] ?? -1] = result;
        });
        earlierPhaseFailed ||= settled.some((result) => result.status === 'failed');
    }
    progress.complete();
    const bytes = results.reduce((sum, result) => sum + (result.status === 'transferred' ? result.bytes : 0), 0);
    return { files: results, bytes, durationMs: deps.now() - started };
}
function retryDelay(options) {
    return options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs };
}
//# sourceMappingURL=upload.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/errors.js
/**
 * Errors of the sync: a guard that refused to act, a lock that could not be
 * had or was lost, and the rest (a missing local directory, a server that
 * cannot do what the chosen compare mode needs).
 */

/** The sync cannot run as asked; nothing was changed. */
class SyncError extends errors/* FtpActionError */.BB {
}
/** A safety guard refused the plan (too many deletes, an empty source); nothing was changed. */
class SyncGuardError extends errors/* FtpActionError */.BB {
}
/** The remote directory is locked by another sync, or this sync's lock was taken from it. */
class SyncLockError extends errors/* FtpActionError */.BB {
}
/**
 * Another sync's lock record replaced ours while it settled (see
 * `RemoteLock.claim`): nothing was changed, and the sync claims the lock
 * again. Never reaches the user.
 */
class LockRaceLost extends Error {
}
/**
 * The state file changed between the look before the lock and the reading
 * made once our record was written (another sync finished meanwhile): what
 * was planned from the first reading is thrown away, nothing of it having
 * shown, and the sync plans again from the second.
 */
class StateChangedMeanwhile extends Error {
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/guards.js
/**
 * The safety rules a sync never breaks, whatever the inputs say. Pure checks
 * on paths and on the plan, run before anything is changed:
 * - never delete when the source is empty (a failed build, a wrong path);
 * - never delete more than max-delete of the target's files;
 * - never touch the state file, the lock file, or another tool's state file;
 * - never act on a path that could lead outside remote-dir or local-dir.
 * Protected paths are kept out of the plan's changes by `planSync` itself.
 */


/** SamKirkland's FTP-Deploy-Action keeps its state here, in the server directory. */
const ftpDeployStateName = '.ftp-deploy-sync-state.json';
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const guards_controlCharacters = /[\u0000-\u001f\u007f]/;
/**
 * True for a relative path that stays inside its base: not empty, no leading
 * '/', no '.' or '..' or empty segment, no backslash, no control character.
 * Paths from a state file (which anyone with write access could edit) and
 * from listings pass this before they are joined to a directory.
 */
function isSafeRelativePath(path) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || guards_controlCharacters.test(path))
        return false;
    return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
/**
 * The paths inside `remoteDir` (relative) that the sync must never list,
 * send, overwrite or delete: the state file, its lock, and
 * FTP-Deploy-Action's state file. A state file outside remote-dir is not in
 * the tree at all, so there is nothing to reserve for it.
 */
function reservedPaths(remoteDir, stateFile, lockFile) {
    const base = normalizeRemote(remoteDir);
    const reserved = [ftpDeployStateName];
    for (const file of [stateFile, lockFile]) {
        const path = normalizeRemote(file);
        if (path !== base && isInsideRemote(path, base))
            reserved.push(relativeRemote(path, base));
    }
    return reserved;
}
/** Refuses a plan with any path that could lead outside its base directory (defence in depth). */
function checkPlanPaths(plan) {
    const unsafe = plan.entries.find((entry) => !isSafeRelativePath(entry.path));
    if (unsafe !== undefined) {
        throw new SyncError(`Refusing to sync: the path ${JSON.stringify(unsafe.path)} could lead outside the synced directory`, {
            hint: 'Nothing was changed. Rename the file, or leave it out with exclude.',
        });
    }
}
/** Files the plan removes from the target (leftover temporary files are ours, not the user's, and not counted). */
function countFileDeletes(plan) {
    let count = 0;
    for (const entry of plan.entries)
        if (entry.action === 'delete' && entry.kind === 'file' && entry.leftover !== true)
            count += 1;
    return count;
}
/** Words for max-delete in messages: "50%", "200 files". */
function describeMaxDelete(limit) {
    return limit.kind === 'percent' ? `${limit.value}%` : `${limit.value} files`;
}
/**
 * Throws SyncGuardError when the plan deletes files from the target while
 * the source is empty, or deletes more than `maxDelete` of the target's
 * files. `sourceName` names the source for the message ("local-dir").
 */
function checkDeleteGuards(plan, maxDelete, sourceName) {
    const deletes = countFileDeletes(plan);
    if (deletes === 0)
        return;
    if (plan.sourceFiles === 0) {
        throw new SyncGuardError(`Refusing to delete ${deletes} files from the target: the source (${sourceName}) holds no files`, {
            hint: 'An empty source usually means a failed build or a wrong path. Nothing was changed.',
        });
    }
    const share = plan.targetFiles === 0 ? 100 : (deletes * 100) / plan.targetFiles;
    const over = maxDelete.kind === 'count' ? deletes > maxDelete.value : share > maxDelete.value;
    if (over) {
        throw new SyncGuardError(`Refusing to delete ${deletes} of the target's ${plan.targetFiles} files (${Math.round(share)}%): more than max-delete allows (${describeMaxDelete(maxDelete)})`, { hint: 'Check local-dir, remote-dir and exclude; if the deletes are intended, raise max-delete (e.g. 100%). Nothing was changed.' });
    }
}
//# sourceMappingURL=guards.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/delete.js
/**
 * Removing what the plan deletes, on either side: files first (in parallel
 * over the pool, or on disk), then directories deepest first, so each one is
 * empty by the time it is removed. A directory that will not go (it holds
 * files the sync leaves alone, or the server refuses) is kept and reported,
 * not failed: the files that mattered are gone.
 */







function depth(path) {
    return path.split('/').length;
}
/** Runs `remove` for files in parallel, then for directories level by level, deepest first. */
async function removeAll(entries, remove, log) {
    const outcomes = new Map();
    const run = async (entry) => {
        // Plans are checked already; this is the last line before anything is removed.
        const outcome = isSafeRelativePath(entry.path) ? await remove(entry) : { status: 'failed', reason: 'refused: unsafe path' };
        outcomes.set(entry, outcome);
        if (outcome.status === 'done')
            log.verbose(`Deleted ${entry.path}`);
        else
            log.info(`Not deleted ${entry.path}: ${outcome.reason ?? ''}`);
    };
    await Promise.all(entries.filter((entry) => entry.kind === 'file').map(run));
    const levels = new Map();
    for (const entry of entries) {
        if (entry.kind === 'directory')
            levels.set(depth(entry.path), [...(levels.get(depth(entry.path)) ?? []), entry]);
    }
    for (const level of [...levels.keys()].sort((a, b) => b - a))
        await Promise.all((levels.get(level) ?? []).map(run));
    return outcomes;
}
/** Deletes plan entries under `remoteDir` on the server. */
function deleteRemoteEntries(pool, remoteDir, entries, log) {
    return removeAll(entries, async (entry) => {
        const path = joinRemote(remoteDir, entry.path);
        const command = entry.kind === 'file' ? `DELE ${path}` : `RMD ${path}`;
        try {
            await pool.run(command, (client) => client.send(command));
            return { status: 'done' };
        }
        catch (error) {
            if (!(error instanceof dist.FTPError))
                throw error;
            if (entry.kind === 'directory')
                return {
                    status: 'kept',
                    reason: `the server did not remove it (${(0,ftp_reply/* describeError */.U)(error)}); it may hold files this sync leaves alone`,
                };
            // 550 is both "no such file" and "not allowed": only a file still there has failed.
            const stillThere = await pool.run(`checking ${path}`, (client) => remoteFileExists(client, path));
            return stillThere
                ? { status: 'failed', reason: `DELE failed: ${(0,ftp_reply/* describeError */.U)(error)}` }
                : { status: 'done', reason: 'already gone' };
        }
    }, log);
}
function delete_errorCode(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
/** Deletes plan entries under `localDir` on disk. */
function deleteLocalEntries(localDir, entries, log) {
    return removeAll(entries, async (entry) => {
        const path = resolveInside(localDir, entry.path);
        try {
            if (entry.kind === 'file')
                await (0,promises_namespaceObject.unlink)(path);
            else
                await (0,promises_namespaceObject.rmdir)(path);
            return { status: 'done' };
        }
        catch (error) {
            const code = delete_errorCode(error);
            if (code === 'ENOENT')
                return { status: 'done', reason: 'already gone' };
            if (entry.kind === 'directory' && (code === 'ENOTEMPTY' || code === 'EEXIST')) {
                return { status: 'kept', reason: 'it holds files this sync leaves alone' };
            }
            return { status: 'failed', reason: (0,ftp_reply/* describeError */.U)(error) };
        }
    }, log);
}
//# sourceMappingURL=delete.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/compare.js
/**
 * Whether one file that exists on both sides has changed, by the chosen
 * compare mode. Pure: the scans and the state file supply every fact.
 */

/** FTP keeps whole seconds: times closer than this are the same. */
const compare_timeToleranceMs = 1000;
const changed = (reason) => ({ changed: true, reason });
const same = (reason) => ({ changed: false, reason });
function sides(direction) {
    return direction === 'push' ? { source: 'local', target: 'on the server' } : { source: 'on the server', target: 'local' };
}
function sizeDiffers(source, target, direction) {
    const words = sides(direction);
    return changed(`size differs (${source.size} bytes ${words.source}, ${target.size} ${words.target})`);
}
function byManifest(source, target, record, context) {
    if (record === undefined)
        return changed('not in the state file');
    if (record.size !== source.size)
        return changed(`size changed since the last sync (${record.size} → ${source.size} bytes)`);
    if (source.hashes.sha256 !== record.sha256)
        return changed('content changed since the last sync');
    if (context.targetListed === true && target.size !== record.size) {
        return changed(`changed on the server (${target.size} bytes there, ${record.size} in the state file)`);
    }
    return same('unchanged since the last sync');
}
function bySizeAndTime(source, target, context) {
    if (source.size !== target.size)
        return sizeDiffers(source, target, context.direction);
    if (source.mtimeMs === undefined || target.mtimeMs === undefined)
        return same('same size (no modification time to compare)');
    const difference = source.mtimeMs - target.mtimeMs;
    if (context.preserveMtime) {
        return Math.abs(difference) >= compare_timeToleranceMs ? changed('modification time differs') : same('same size and time');
    }
    // Without preserve-mtime the copy carries the time it was written, later
    // than the original's: only a source newer than its copy has changed.
    if (difference >= compare_timeToleranceMs)
        return changed(`newer ${sides(context.direction).source}`);
    return same('same size, not newer');
}
function byChecksum(source, target, context) {
    if (source.size !== target.size)
        return sizeDiffers(source, target, context.direction);
    const algorithm = context.checksumAlgorithm ?? 'sha256';
    const [ours, theirs] = [source.hashes[algorithm], target.hashes[algorithm]];
    if (ours === undefined || theirs === undefined)
        return changed('the server gave no checksum');
    const name = hashAlgorithmNames[algorithm];
    if (ours !== theirs)
        return changed(`${name} differs`);
    return same(context.adopting === true ? `same ${name} on the server (adopted)` : `same ${name}`);
}
/** Compares a file present on both sides. `record` is the state file's entry (manifest only). */
function compareFile(source, target, record, context) {
    switch (context.compare) {
        case 'manifest':
            return byManifest(source, target, record, context);
        case 'size-time':
            return bySizeAndTime(source, target, context);
        case 'size':
            return source.size === target.size ? same('same size') : sizeDiffers(source, target, context.direction);
        case 'checksum':
            return byChecksum(source, target, context);
    }
}
//# sourceMappingURL=compare.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/plan.js
/**
 * The plan: what a sync does to each path, decided from the two trees (and,
 * for manifest, the state of the last sync) alone. Pure: no file system, no
 * FTP, no clock, so every rule is table-tested and a dry run reports exactly
 * what a real run would do. Linear in the number of paths: a plan for
 * 100,000 files takes well under a second.
 */

/** The directories above `path`, nearest first: `a/b/c` → `a/b`, `a`. */
function plan_ancestorsOf(path) {
    const result = [];
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
        result.push(path.slice(0, slash));
    return result;
}
/** The key under which names that may be one file on some server meet: letter case and Unicode form folded. */
function fold(path) {
    // Most names are ASCII, where normalizing changes nothing and only costs time.
    // eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
    return /^[\u0000-\u007f]*$/.test(path) ? path.toLowerCase() : path.normalize('NFC').toLowerCase();
}
function byPath(a, b) {
    if (a.path === b.path)
        return 0;
    return a.path < b.path ? -1 : 1;
}
/** Sorted paths with a prefix search, for the few type changes that must find everything under a directory. */
class PathIndex {
    tree;
    sorted;
    constructor(tree) {
        this.tree = tree;
    }
    /** Every path of the tree strictly below `dir`. */
    below(dir) {
        this.sorted ??= [...this.tree.keys()].sort();
        const prefix = `${dir}/`;
        let low = 0;
        let high = this.sorted.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if ((this.sorted[middle] ?? '') < prefix)
                low = middle + 1;
            else
                high = middle;
        }
        const result = [];
        for (let index = low; index < this.sorted.length; index += 1) {
            const path = this.sorted[index] ?? '';
            if (!path.startsWith(prefix))
                break;
            result.push(path);
        }
        return result;
    }
}
/** Builds the plan. See the sync action's README for the rules in words. */
function planSync(input) {
    const { source, target, isProtected } = input;
    const transfer = input.direction === 'push' ? 'upload' : 'download';
    const entries = [];
    /** Target paths removed before the transfers because the path changes type. */
    const clearedEarly = new Set();
    /** Source directories that cannot be made: everything below them is a conflict too. */
    const blocked = new Set();
    const index = new PathIndex(target);
    const protectedEntry = (entry) => isProtected(entry.path, entry.kind === 'directory');
    // Directories first, so files below a blocked one are known to be blocked.
    for (const entry of source.values()) {
        if (entry.kind !== 'directory')
            continue;
        const { path } = entry;
        const existing = target.get(path);
        if (existing?.kind === 'directory')
            continue;
        if (protectedEntry(entry) || (existing !== undefined && protectedEntry(existing))) {
            // A protected file in the way blocks the directory (reported below); else it is simply left alone.
            if (existing === undefined)
                entries.push({ path, kind: 'directory', action: 'skip', reason: 'protected' });
            else
                blocked.add(path);
            continue;
        }
        if (existing === undefined) {
            entries.push({ path, kind: 'directory', action: 'mkdir', reason: 'new directory' });
            continue;
        }
        // A file where the source has a directory: replacing one file is an overwrite, allowed without delete.
        clearedEarly.add(path);
        entries.push({ path, kind: 'file', action: 'delete', early: true, reason: 'a directory replaces this file' });
        entries.push({ path, kind: 'directory', action: 'mkdir', reason: 'replaces a file' });
    }
    const isBlocked = (path) => blocked.size === 0 ? undefined : plan_ancestorsOf(path).find((ancestor) => blocked.has(ancestor));
    for (const dir of [...blocked]) {
        entries.push({
            path: dir,
            kind: 'directory',
            action: 'conflict',
            reason: 'the target has a protected file where the source has a directory',
        });
    }
    for (const entry of source.values()) {
        if (entry.kind !== 'file')
            continue;
        const { path } = entry;
        const blocker = isBlocked(path);
        if (blocker !== undefined) {
            entries.push({
                path,
                kind: 'file',
                action: 'conflict',
                reason: `its directory "${blocker}" cannot be made: a protected file is in the way`,
            });
            continue;
        }
        if (protectedEntry(entry)) {
            entries.push({ path, kind: 'file', action: 'skip', reason: 'protected' });
            continue;
        }
        const existing = target.get(path);
        if (existing === undefined) {
            entries.push({ path, kind: 'file', action: transfer, size: entry.size, reason: 'new' });
        }
        else if (existing.kind === 'directory') {
            entries.push(...replaceDirectory(input, entry.path, entry.size, index, clearedEarly));
        }
        else {
            const record = input.state?.files.get(path);
            const verdict = compareFile(entry, existing, record, input);
            entries.push(verdict.changed
                ? { path, kind: 'file', action: transfer, size: entry.size, reason: verdict.reason }
                : { path, kind: 'file', action: 'skip', reason: verdict.reason, unchanged: true });
        }
    }
    entries.push(...targetOnly(input, clearedEarly));
    for (const path of input.leftovers ?? []) {
        entries.push(isProtected(path, false)
            ? { path, kind: 'file', action: 'skip', reason: 'protected' }
            : { path, kind: 'file', action: 'delete', leftover: true, reason: 'temporary file left by an interrupted transfer' });
    }
    let sourceFiles = 0;
    for (const entry of source.values())
        if (entry.kind === 'file')
            sourceFiles += 1;
    let targetFiles = 0;
    for (const entry of target.values())
        if (entry.kind === 'file')
            targetFiles += 1;
    return { entries: entries.sort(byPath), sourceFiles, targetFiles };
}
/**
 * A directory on the target where the source has a file. Removing a whole
 * directory is a delete, so it needs `delete: true`; protected paths inside
 * block it.
 */
function replaceDirectory(input, path, size, index, clearedEarly) {
    if (!input.delete) {
        return [
            { path, kind: 'file', action: 'conflict', reason: 'the target has a directory here; set delete: true to replace it with this file' },
        ];
    }
    const inside = index.below(path);
    const protectedInside = inside.find((below) => input.isProtected(below, input.target.get(below)?.kind === 'directory'));
    if (protectedInside !== undefined || input.isProtected(path, true)) {
        return [
            { path, kind: 'file', action: 'conflict', reason: `the target has a directory here holding protected "${protectedInside ?? path}"` },
        ];
    }
    const result = [];
    for (const below of [path, ...inside]) {
        clearedEarly.add(below);
        const kind = input.target.get(below)?.kind ?? 'file';
        result.push({
            path: below,
            kind,
            action: 'delete',
            early: true,
            reason: below === path ? 'a file replaces this directory' : 'inside a directory a file replaces',
        });
    }
    result.push({ path, kind: 'file', action: input.direction === 'push' ? 'upload' : 'download', size, reason: 'replaces a directory' });
    return result;
}
/** What exists only on the target: deleted, or kept with the reason. */
function targetOnly(input, clearedEarly) {
    const { source, target } = input;
    let folded;
    const twinOf = (path) => {
        if (folded === undefined) {
            folded = new Map();
            for (const key of source.keys())
                folded.set(fold(key), key);
        }
        return folded.get(fold(path));
    };
    const result = [];
    const kept = [];
    const candidates = [];
    for (const entry of target.values()) {
        const { path, kind } = entry;
        if (source.has(path) || clearedEarly.has(path))
            continue;
        if (input.isProtected(path, kind === 'directory')) {
            kept.push(path);
            result.push({ path, kind, action: 'skip', reason: 'protected' });
            continue;
        }
        const twin = twinOf(path);
        if (twin !== undefined) {
            // On a server that ignores case (or folds Unicode forms) this is the
            // very file the source has just written: deleting it would delete that.
            kept.push(path);
            result.push({ path, kind, action: 'skip', reason: `kept: differs only in letter case or Unicode form from "${twin}"` });
            continue;
        }
        if (!input.delete) {
            kept.push(path);
            result.push({ path, kind, action: 'skip', reason: 'only on the target (delete is off)' });
            continue;
        }
        candidates.push(entry);
    }
    const holdsKept = new Set();
    for (const path of kept)
        for (const ancestor of plan_ancestorsOf(path))
            holdsKept.add(ancestor);
    for (const { path, kind } of candidates) {
        if (kind === 'directory' && holdsKept.has(path)) {
            result.push({ path, kind, action: 'skip', reason: 'kept: it holds files that stay' });
        }
        else {
            result.push({ path, kind, action: 'delete', reason: 'not in the source' });
        }
    }
    return result;
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/apply.js
/**
 * Carries out a plan, in an order that keeps the target usable throughout:
 * 1. paths that change between file and directory are cleared (they must be
 *    before anything can be written there);
 * 2. directories are made, parents first, once;
 * 3. files are transferred by the core engine (parallel pool, atomic
 *    renames, retries, resume), each one reported as soon as it lands;
 * 4. only then, and only if every transfer succeeded, what is gone from
 *    the source is deleted, directories deepest first.
 * With a `publishGate` (a sync whose lock is not yet confirmed), atomic
 * uploads store their data meanwhile; every change that shows waits for it.
 */









const noRecorder = { fileTransferred: () => undefined, removed: () => undefined, directoryMade: () => undefined };
function fromDelete(outcome) {
    return { status: outcome.status, reason: outcome.reason, bytes: 0 };
}
function fromTransfer(result) {
    return result.status === 'failed'
        ? { status: 'failed', reason: result.reason, bytes: 0 }
        : { status: 'done', reason: result.status === 'skipped' ? result.reason : undefined, bytes: result.bytes };
}
class Applier {
    context;
    outcomes = new Map();
    recorder;
    push;
    constructor(context) {
        this.context = context;
        this.recorder = context.recorder ?? noRecorder;
        this.push = context.direction === 'push';
    }
    setAll(outcomes) {
        for (const [entry, outcome] of outcomes) {
            this.outcomes.set(entry, fromDelete(outcome));
            if (outcome.status === 'done')
                this.recorder.removed(entry.path);
        }
    }
    remove(entries) {
        const { pool, remoteDir, localDir, log } = this.context;
        return this.push ? deleteRemoteEntries(pool, remoteDir, entries, log) : deleteLocalEntries(localDir, entries, log);
    }
    async clearEarly(entries) {
        if (entries.length > 0)
            this.setAll(await this.remove(entries));
    }
    /** Makes the directories no transfer will make on its way (empty ones, mostly). */
    async makeDirectories(mkdirs, transfers) {
        const { context } = this;
        if (!this.push) {
            for (const entry of mkdirs) {
                await (0,promises_namespaceObject.mkdir)(resolveInside(context.localDir, entry.path), { recursive: true });
                this.outcomes.set(entry, { status: 'done', bytes: 0 });
            }
            return;
        }
        const madeByTransfers = new Set(transfers.flatMap((entry) => plan_ancestorsOf(entry.path)));
        const own = mkdirs.filter((entry) => !madeByTransfers.has(entry.path));
        if (own.length === 0)
            return;
        await context.publishGate?.wait();
        if (!context.targetExists)
            await ensureRemoteDir(context.pool, context.remoteDir, context.log);
        const result = await createRemoteDirs(context.pool, own.map((entry) => joinRemote(context.remoteDir, entry.path)), context.log);
        for (const entry of own) {
            const failure = result.failed.get(joinRemote(context.remoteDir, entry.path));
            this.outcomes.set(entry, failure === undefined ? { status: 'done', bytes: 0 } : { status: 'failed', reason: failure.message, bytes: 0 });
            if (failure === undefined)
                this.recorder.directoryMade(entry.path);
        }
    }
    /** Directories made on the way by transfers: done when a file inside them arrived. */
    settleMadeOnTheWay(mkdirs, transfers) {
        const reached = new Set();
        for (const entry of transfers) {
            if (this.outcomes.get(entry)?.status === 'done')
                for (const ancestor of plan_ancestorsOf(entry.path))
                    reached.add(ancestor);
        }
        for (const entry of mkdirs) {
            if (this.outcomes.has(entry))
                continue;
            if (reached.has(entry.path)) {
                this.outcomes.set(entry, { status: 'done', bytes: 0 });
                this.recorder.directoryMade(entry.path);
            }
            else {
                this.outcomes.set(entry, { status: 'failed', reason: 'not made: no file inside it could be transferred', bytes: 0 });
            }
        }
    }
    async transfer(entries) {
        if (entries.length === 0)
            return 0;
        const { context } = this;
        const options = { ...context.transfer, overwrite: 'always' };
        const deps = {
            log: context.log,
            now: context.now,
            onFileDone: (result, index) => {
                if (result.status !== 'transferred')
                    return;
                const entry = entries[index];
                if (entry !== undefined)
                    this.recorder.fileTransferred(entry.path);
            },
        };
        const report = this.push
            ? await uploadFiles(context.pool, entries.map((entry) => this.uploadItem(entry)), context.publishGate === undefined ? options : { ...options, publishGate: context.publishGate }, deps)
            : await downloadFiles(context.pool, entries.map((entry) => this.downloadItem(entry)), { ...options, localDir: context.localDir }, deps);
        report.files.forEach((result, index) => {
            const entry = entries[index];
            if (entry !== undefined)
                this.outcomes.set(entry, fromTransfer(result));
        });
        return report.bytes;
    }
    async deleteRest(deletes) {
        if (deletes.length === 0)
            return;
        const failed = [...this.outcomes.values()].filter((outcome) => outcome.status === 'failed').length;
        if (failed > 0) {
            // A half-done deploy keeps what it had: removing files now could take
            // away what the pages that failed to update still link to.
            this.context.log.warning(`Skipping ${deletes.length} deletes because ${failed} changes failed; run the sync again`);
            for (const entry of deletes)
                this.outcomes.set(entry, { status: 'kept', reason: 'not deleted: other changes failed', bytes: 0 });
            return;
        }
        await this.context.publishGate?.wait();
        this.context.beforeDeletes?.();
        this.setAll(await this.remove(deletes));
    }
    uploadItem(entry) {
        const source = this.context.source.get(entry.path);
        const mtimeMs = source?.kind === 'file' ? source.mtimeMs : undefined;
        return {
            localPath: (0,external_node_path_namespaceObject.join)(this.context.localDir, entry.path),
            remotePath: joinRemote(this.context.remoteDir, entry.path),
            size: entry.size ?? 0,
            mtime: new Date(mtimeMs ?? Date.now()),
        };
    }
    downloadItem(entry) {
        const source = this.context.source.get(entry.path);
        const mtimeMs = source?.kind === 'file' ? source.mtimeMs : undefined;
        return {
            remotePath: joinRemote(this.context.remoteDir, entry.path),
            localPath: entry.path,
            ...(entry.size === undefined ? {} : { size: entry.size }),
            ...(mtimeMs === undefined ? {} : { modifiedAt: new Date(mtimeMs) }),
        };
    }
}
/** Applies `plan`; failures of single paths are in the outcomes, lost connections throw. */
async function applyPlan(plan, context) {
    const applier = new Applier(context);
    const transferAction = context.direction === 'push' ? 'upload' : 'download';
    const early = plan.entries.filter((entry) => entry.action === 'delete' && entry.early === true);
    const mkdirs = plan.entries.filter((entry) => entry.action === 'mkdir');
    const transfers = plan.entries.filter((entry) => entry.action === transferAction);
    const deletes = plan.entries.filter((entry) => entry.action === 'delete' && entry.early !== true);
    // Only atomic uploads have work that shows nowhere: anything else waits for the gate first.
    const stagesFirst = context.direction === 'push' && context.transfer.atomic && early.length === 0;
    if (!stagesFirst)
        await context.publishGate?.wait();
    await applier.clearEarly(early);
    await applier.makeDirectories(mkdirs, transfers);
    const bytes = await applier.transfer(transfers);
    applier.settleMadeOnTheWay(mkdirs, transfers);
    await applier.deleteRest(deletes);
    return { outcomes: applier.outcomes, bytes };
}
//# sourceMappingURL=apply.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/size-then-passive.js
/**
 * SIZE and the next transfer's passive command (EPSV or PASV) in one write:
 * reading a small file (a sync's state or lock) then costs SIZE+EPSV, then
 * RETR, two round trips instead of three. The passive reply waits in
 * `passive-reply-cache.ts` for the RETR, or for the STOR that follows when
 * SIZE says there is no such file (a lock about to be taken).
 *
 * Replies are matched to commands by their codes, not their order: a SIZE
 * never answers 227/229 and a passive command never 213, so a server that
 * answers out of order (ftp-srv runs each command as it arrives) is still
 * read right. When both are refusals nothing tells them apart: then no
 * passive reply is kept, and SIZE is asked again on its own.
 */




const passiveCodes = { EPSV: 229, PASV: 227 };
const isResponse = (reply) => reply !== undefined && !(reply instanceof dist.FTPError);
/**
 * Sends `SIZE path` (with the passive command where the session uses
 * passive mode and its server keeps pipelined replies in step) and resolves
 * with SIZE's reply; throws SIZE's refusal as FTPError, as `client.send` does.
 */
async function sizeThenPassive(client, path) {
    if (!(client instanceof dist.Client && (0,passive_mode/* usesPassiveMode */.jz)(client.ftp) && (0,pipeline/* keepsRepliesInStep */.M0)(client.ftp)))
        return client.send(`SIZE ${path}`);
    const ftp = client.ftp;
    // Before the session's first transfer no command is settled yet: EPSV is what it tries first.
    const passive = (0,passive_mode/* settledPassiveCommand */.Yt)(ftp) ?? 'EPSV';
    const replies = await (0,pipeline/* sendTogether */.tM)(ftp, [`SIZE ${path}`, passive]);
    const passiveReply = replies.find((reply) => isResponse(reply) && reply.code === passiveCodes[passive]);
    if (isResponse(passiveReply))
        (0,passive_reply_cache/* keepPassiveReply */.j)(ftp, passive, passiveReply);
    const sizeReply = passiveReply === undefined ? replies.find((reply) => isResponse(reply)) : replies.find((reply) => reply !== passiveReply);
    // Two refusals (or none that fits SIZE): which was SIZE's is unknown, so it is asked again on its own.
    if (sizeReply === undefined || (passiveReply === undefined && !isResponse(sizeReply)))
        return client.send(`SIZE ${path}`);
    if (sizeReply instanceof dist.FTPError)
        throw sizeReply;
    return sizeReply;
}
//# sourceMappingURL=size-then-passive.js.map
;// CONCATENATED MODULE: ./packages/core/lib/transfer/read-remote-text.js
/**
 * Reads one small remote file into memory (a deployed version stamp, say)
 * without touching the disk. The size limit is enforced while the data
 * arrives: past it the transfer is cut (closing the connection is the only
 * way to abort a transfer in basic-ftp; the pool replaces it), so a huge file
 * is never read whole.
 */







/** Collects chunks up to `maxBytes` and fails the stream beyond it. */
class LimitedSink extends external_node_stream_namespaceObject.Writable {
    maxBytes;
    tooLarge;
    chunks = [];
    length = 0;
    constructor(maxBytes, tooLarge) {
        super();
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
    }
    _write(chunk, _encoding, done) {
        if (this.length + chunk.length > this.maxBytes) {
            done(this.tooLarge());
            return;
        }
        this.chunks.push(chunk);
        this.length += chunk.length;
        done();
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** SIZE answers meaning "not offered" (rather than "no such file"): then RETR has to tell. */
const sizeNotOffered = new Set([500, 502, 504]);
/**
 * Asks SIZE before RETR, so that a missing file fails with the server's
 * reply (550), which callers tell apart from a broken connection. RETR
 * alone cannot promise that: ProFTPD answers RETR of a missing file by
 * resetting the data connection it has already accepted, and basic-ftp
 * then fails with ECONNRESET on the data socket and closes the client
 * before the 550 arrives. A file over the limit is refused here too,
 * before any of it is sent.
 */
async function checkSize(client, path, maxBytes, tooLarge, passiveAhead) {
    let message;
    try {
        message = (passiveAhead ? await sizeThenPassive(client, path) : await client.send(`SIZE ${path}`)).message;
    }
    catch (error) {
        if (error instanceof dist.FTPError && sizeNotOffered.has(error.code))
            return;
        throw error;
    }
    // Not client.size(): ftp-srv answers SIZE of an empty file with "213 File status".
    const size = Number.parseInt(message.slice(4), 10);
    if (Number.isSafeInteger(size) && size > maxBytes)
        throw tooLarge();
}
/**
 * The content of `remotePath` (absolute) as UTF-8 text. Throws TransferError
 * when the file is larger than `maxBytes` (without reading the rest), and the
 * server's reply when it cannot be read. Transient failures are retried by
 * the pool.
 */
async function readRemoteText(pool, remotePath, maxBytes, options = {}) {
    const path = normalizeRemote(remotePath);
    if (!isAbsoluteRemote(path))
        throw new errors/* TransferError */.aG(remotePath, `The remote file "${remotePath}" must be an absolute path`);
    const tooLarge = () => new errors/* TransferError */.aG(path, `The remote file "${path}" is larger than ${prettyBytes(maxBytes)} (${maxBytes} bytes); refusing to read it into memory`, {
        hint: 'Read only small text files this way (a version stamp, a manifest); download larger ones to disk.',
    });
    return pool.run(`reading ${path}`, async (client) => {
        const sink = new LimitedSink(maxBytes, tooLarge);
        try {
            await checkSize(client, path, maxBytes, tooLarge, options.passiveAhead === true);
            await client.downloadTo(sink, path);
        }
        catch (error) {
            if (error instanceof errors/* FtpActionError */.BB)
                throw error;
            throw new errors/* TransferError */.aG(path, `Reading the remote file "${path}" failed: ${(0,ftp_reply/* describeError */.U)(error)}`, {
                code: (0,ftp_reply/* replyCode */.I)(error),
                cause: error,
            });
        }
        return sink.text();
    }, { ahead: options.ahead === true });
}
//# sourceMappingURL=read-remote-text.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/remote-file.js
/**
 * The small files a sync keeps on the server (its state and its lock): read
 * whole into memory, written atomically (a temporary name in the same
 * directory, then RNFR/RNTO, so a reader sees the old content or the new,
 * never half), removed. Writes take the upload's short paths: data sent
 * without waiting for the 150, RNFR and RNTO in one round trip.
 */









/**
 * RETR or DELE of a path that is not there: 550 on vsftpd, pure-ftpd and
 * ProFTPD, 551 on ftp-srv (its answer to any file-system error), 450 on some
 * Windows servers.
 */
const missingCodes = new Set([450, 550, 551]);
/** MKD-less STOR into a directory that does not exist. */
const noDirectoryCodes = new Set([550, 553]);
/** The text of `path`, or undefined when there is no such file. */
async function readRemoteFile(pool, path, maxBytes, options = {}) {
    try {
        return await readRemoteText(pool, path, maxBytes, options);
    }
    catch (error) {
        if (error instanceof errors/* TransferError */.aG && error.code !== undefined && missingCodes.has(error.code))
            return undefined;
        throw error;
    }
}
async function storeAndRename(pool, path, content, log, beforeRename) {
    const temp = joinRemote(remoteParent(path), temporaryName(remoteBasename(path)));
    if (beforeRename !== undefined) {
        // Stored, then the connection is let go while waiting: what is awaited may need it.
        await pool.run(`writing ${path}`, (client) => storeBuffer(client, content, temp));
        try {
            await beforeRename();
        }
        catch (error) {
            // Best effort, as after a refused rename: a leftover is cleaned up by the next sync.
            await pool
                .use((client) => remote_file_removeTemporary(client, temp, log))
                .catch((cleanup) => log.debug(`Could not remove ${temp}: ${(0,ftp_reply/* describeError */.U)(cleanup)}`));
            throw error;
        }
    }
    await pool.run(`writing ${path}`, async (client) => {
        if (beforeRename === undefined)
            await storeBuffer(client, content, temp);
        try {
            await renameWritten(client, temp, path);
        }
        catch (error) {
            if (error instanceof dist.FTPError)
                await remote_file_removeTemporary(client, temp, log);
            throw error;
        }
    });
}
/** Best effort: a leftover temporary file is cleaned up by the next sync, so a failure here is only logged. */
async function remote_file_removeTemporary(client, temp, log) {
    try {
        await client.send(`DELE ${temp}`);
    }
    catch (error) {
        if (!(error instanceof dist.FTPError))
            throw error;
        log.debug(`Could not remove ${temp}: ${error.message}`);
    }
}
/**
 * Writes `text` to `path` atomically. With `beforeRename`, the content is
 * stored under its temporary name first, and put in place only once
 * `beforeRename` resolves (a lock proved ours); when it throws, the
 * temporary file is removed and the error thrown. When its directory may be missing (the
 * first sync to a new remote-dir, a state file kept elsewhere) pass
 * `parentKnown: false`: the directory is made sure of first, because a STOR
 * into a missing directory is not refused cleanly everywhere (ftp-srv
 * answers 150, then 550, and trips over its own clean-up). A refusal that
 * still says "no such directory" creates it and tries once more.
 */
async function writeRemoteFile(pool, path, text, log, parentKnown = true, beforeRename) {
    const content = Buffer.from(text, 'utf8');
    if (!parentKnown)
        await ensureRemoteDir(pool, remoteParent(path), log);
    try {
        await storeAndRename(pool, path, content, log, beforeRename);
    }
    catch (error) {
        if (!(error instanceof dist.FTPError && noDirectoryCodes.has(error.code)))
            throw error;
        if ((await ensureRemoteDir(pool, remoteParent(path), log)) === 'existed')
            throw error;
        await storeAndRename(pool, path, content, log, beforeRename);
    }
}
/** Removes `path`; true when it was there to remove. */
async function deleteRemoteFile(pool, path) {
    try {
        await pool.run(`deleting ${path}`, (client) => client.send(`DELE ${path}`));
        return true;
    }
    catch (error) {
        if (error instanceof dist.FTPError && missingCodes.has(error.code))
            return false;
        throw error;
    }
}
//# sourceMappingURL=remote-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/ftp/client-port.js
/** `pool` with every task queued `ahead` of those waiting (see `ClientPool.run`). */
function aheadOf(pool) {
    return {
        use: (task) => pool.use(task, { ahead: true }),
        run: (description, task) => pool.run(description, task, { ahead: true }),
    };
}
//# sourceMappingURL=client-port.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/staged-final-state.js
/**
 * The final state file, stored ahead. While the transfers run, the state as
 * it will be once every planned change succeeded is stored under a
 * temporary name on the otherwise idle control connection; the end of the
 * sync then costs one rename instead of a whole write (EPSV, STOR with its
 * data, 226, the rename: four round trips, a good part of a small sync).
 * When the sync came out otherwise (a failed change), the stored file is
 * dropped and the state written as it came out.
 */



/** Thrown to `writeRemoteFile` to have the stored file removed instead of put in place. */
class NotWanted extends Error {
}
class StagedFinalState {
    foreseen;
    decide = () => undefined;
    stored;
    /** Starts storing `text` for `path` (whose directory exists) under a temporary name. */
    constructor(pool, path, text, foreseen, log) {
        this.foreseen = foreseen;
        const decided = new Promise((resolve) => {
            this.decide = resolve;
        });
        const putOnlyIfWanted = async () => {
            if (!(await decided))
                throw new NotWanted();
        };
        // Ahead of the files waiting for a connection: it is one small write, and it must not take a port asked for a file.
        this.stored = writeRemoteFile(aheadOf(pool), path, text, log, true, putOnlyIfWanted).then(() => true, (error) => {
            if (!(error instanceof NotWanted))
                log.debug(`Storing the final state ahead failed: ${(0,ftp_reply/* describeError */.U)(error)}; it is written anew`);
            return false;
        });
    }
    /** Puts it in place; false when that failed (then write the state the usual way). */
    putInPlace() {
        this.decide(true);
        return this.stored;
    }
    /** Removes the stored file; never throws. */
    async drop() {
        this.decide(false);
        await this.stored;
    }
}
/** True when `actual` lists the same files (size and hash) and directories as `foreseen`; when each file was sent does not count. */
function cameOutAsForeseen(actual, foreseen) {
    if (actual.files.size !== foreseen.files.size || actual.dirs.size !== foreseen.dirs.size)
        return false;
    for (const [path, record] of actual.files) {
        const expected = foreseen.files.get(path);
        if (expected?.size !== record.size || expected.sha256 !== record.sha256)
            return false;
    }
    for (const dir of actual.dirs)
        if (!foreseen.dirs.has(dir))
            return false;
    return true;
}
//# sourceMappingURL=staged-final-state.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/state-format.js
/**
 * The state file's format, read and written as text: pure, so both formats
 * are tested without a server.
 *
 * Ours records each file sent (size, SHA-256, when) and each directory.
 * SamKirkland's FTP-Deploy-Action records size and SHA-256 too
 * (`{ "version": "1.0.0", "data": [{ "type": "file", "name", "size", "hash" }] }`),
 * so its state is read as if it were ours: people who switch keep
 * incremental deploys from their first run.
 */


/** Tells our files apart from any other JSON. */
const stateFormatName = 'ftp-actions/sync-state';
const sha256Hex = schemas/* string */.YjP().regex(/^[0-9a-fA-F]{64}$/);
const oursSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(stateFormatName),
    version: schemas/* literal */.euz(1),
    complete: schemas/* boolean */.zMY(),
    files: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ size: schemas/* number */.aig().int().nonnegative(), sha256: sha256Hex, sentAt: schemas/* string */.YjP().optional() })),
    dirs: schemas/* array */.YOg(schemas/* string */.YjP()),
});
const ftpDeploySchema = schemas/* object */.Ikc({
    version: schemas/* string */.YjP(),
    generatedTime: schemas/* number */.aig().optional(),
    data: schemas/* array */.YOg(schemas/* union */.KCZ([
        schemas/* object */.Ikc({ type: schemas/* literal */.euz('folder'), name: schemas/* string */.YjP() }),
        schemas/* object */.Ikc({ type: schemas/* literal */.euz('file'), name: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative(), hash: schemas/* string */.YjP() }),
    ])),
});
/** FTP-Deploy-Action writes `sub/` and sometimes `./sub/a.txt`. */
function cleanName(name) {
    return name.replace(/^\.\//, '').replace(/\/+$/, '');
}
function fromOurs(data) {
    const files = new Map();
    let dropped = 0;
    for (const [path, record] of Object.entries(data.files)) {
        if (!isSafeRelativePath(path)) {
            dropped += 1;
            continue;
        }
        files.set(path, { size: record.size, sha256: record.sha256.toLowerCase(), sentAt: record.sentAt });
    }
    const dirs = new Set();
    for (const dir of data.dirs) {
        if (isSafeRelativePath(dir))
            dirs.add(dir);
        else
            dropped += 1;
    }
    return { state: { files, dirs, complete: data.complete, origin: 'ftp-actions' }, dropped };
}
function fromFtpDeploy(data) {
    const files = new Map();
    const dirs = new Set();
    const sentAt = data.generatedTime === undefined ? undefined : new Date(data.generatedTime).toISOString();
    let dropped = 0;
    for (const entry of data.data) {
        const path = cleanName(entry.name);
        if (!isSafeRelativePath(path)) {
            dropped += 1;
            continue;
        }
        if (entry.type === 'folder') {
            dirs.add(path);
        }
        else if (/^[0-9a-fA-F]{64}$/.test(entry.hash)) {
            files.set(path, { size: entry.size, sha256: entry.hash.toLowerCase(), sentAt });
        }
        else {
            // Another hash algorithm than SHA-256: nothing to compare with, so the file is sent again.
            dropped += 1;
        }
    }
    return { state: { files, dirs, complete: true, origin: 'ftp-deploy' }, dropped };
}
/** Reads a state file of ours or of FTP-Deploy-Action. */
function parseState(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return { problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const ours = oursSchema.safeParse(json);
    if (ours.success)
        return fromOurs(ours.data);
    const theirs = ftpDeploySchema.safeParse(json);
    if (theirs.success)
        return fromFtpDeploy(theirs.data);
    const format = typeof json === 'object' && json !== null && 'format' in json ? String(json.format) : undefined;
    if (format === stateFormatName)
        return { problem: `it does not match version 1 of the format (${ours.error.issues[0]?.message ?? 'unknown'})` };
    return { problem: 'it is neither an ftp-actions state file nor an FTP-Deploy-Action one' };
}
/** The state as our JSON, paths sorted so that two states differ only where the trees do. */
function serializeState(state, generatedAt) {
    const files = {};
    for (const path of [...state.files.keys()].sort()) {
        const record = state.files.get(path);
        if (record === undefined)
            continue;
        files[path] = record.sentAt === undefined ? { size: record.size, sha256: record.sha256 } : { ...record, sentAt: record.sentAt };
    }
    return `${JSON.stringify({
        description: 'Written by ftp-actions sync: the files it sent to this directory (size, SHA-256, time sent). Delete it to make the next sync compare by size and time.',
        format: stateFormatName,
        version: 1,
        complete: state.complete,
        generatedAt: generatedAt.toISOString(),
        files,
        dirs: [...state.dirs].sort(),
    })}\n`;
}
/** The target as the state file knows it: every file sent, every directory made (and the directories above them). */
function treeFromState(state) {
    const tree = new Map();
    const addDir = (path) => {
        for (let dir = path; dir !== '' && !tree.has(dir); dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') {
            tree.set(dir, { kind: 'directory', path: dir });
        }
    };
    for (const dir of state.dirs)
        addDir(dir);
    for (const [path, record] of state.files) {
        const slash = path.lastIndexOf('/');
        if (slash > 0)
            addDir(path.slice(0, slash));
        tree.set(path, { kind: 'file', path, size: record.size, mtimeMs: undefined, hashes: { sha256: record.sha256 } });
    }
    return tree;
}
//# sourceMappingURL=state-format.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/state-file.js
/**
 * The state file on the server: read at the start of a push (ours, else
 * FTP-Deploy-Action's), and written through a `StateWriter` that takes
 * checkpoints while files are sent and the final state once all is done.
 * Every write is atomic (see remote-file.ts) and goes over the sync's own
 * control connection, so it never waits behind the transfers.
 */







/** A state file larger than this is refused rather than read into memory (100,000 files take about 15 MB). */
const maxStateBytes = 256 * 1024 * 1024;
async function readOne(pool, path, log) {
    const text = await readRemoteFile(pool, path, maxStateBytes);
    if (text === undefined)
        return undefined;
    const parsed = parseState(text);
    if ('problem' in parsed) {
        log.warning(`The state file ${path} cannot be used: ${parsed.problem}. It will be replaced after this sync.`);
        return undefined;
    }
    if (parsed.dropped > 0)
        log.warning(`The state file ${path} lists ${parsed.dropped} entries that were left out (unsafe paths or not SHA-256).`);
    return { state: parsed.state, text };
}
/**
 * Reads the state file at `statePath`, or else FTP-Deploy-Action's in
 * `remoteDir`. A missing or unreadable file gives no state (the caller
 * falls back and says so); a lost connection throws.
 */
async function loadState(pool, statePath, remoteDir, log) {
    const ours = await readOne(pool, statePath, log);
    if (ours !== undefined) {
        log.info(`Read the state file ${statePath}: ${ours.state.files.size} files${ours.state.complete ? '' : ' (a checkpoint of a sync that did not finish)'}`);
        return { state: ours.state, path: statePath, text: ours.text };
    }
    const theirsPath = joinRemote(remoteDir, ftpDeployStateName);
    if (normalizeRemote(theirsPath) === normalizeRemote(statePath))
        return { state: undefined, path: undefined, text: undefined };
    const theirs = await readOne(pool, theirsPath, log);
    if (theirs !== undefined)
        log.info(`Read FTP-Deploy-Action's state file ${theirsPath}: ${theirs.state.files.size} files`);
    return { state: theirs?.state, path: theirs === undefined ? undefined : theirsPath, text: theirs?.text };
}
/**
 * Writes the ledger to the state file: checkpoints while the sync runs (one
 * at a time, never two in flight), then the final state.
 */
class StateWriter {
    options;
    pending = 0;
    lastWrite;
    lastWriteMs = 0;
    /** False until a write succeeded, unless the state was read from this path: the directory may not exist yet. */
    parentKnown;
    inFlight;
    staged;
    /** Checkpoints written, for the log and tests. */
    checkpoints = 0;
    constructor(options) {
        this.options = options;
        this.lastWrite = options.now();
        this.parentKnown = options.parentKnown;
    }
    /** Counts a change to the ledger and starts a checkpoint when one is due. */
    noteChange() {
        this.pending += 1;
        if (this.inFlight !== undefined)
            return;
        const elapsed = this.options.now() - this.lastWrite;
        // A state of 100,000 files is megabytes: never spend more than about a
        // fifth of the time rewriting it, however small the policy's interval.
        if (elapsed < this.lastWriteMs * 4)
            return;
        if (this.pending < this.options.policy.everyFiles && elapsed < this.options.policy.everyMs)
            return;
        this.inFlight = this.write(false)
            .then(() => {
            this.checkpoints += 1;
        }, (error) => this.options.log.warning(`Could not write a checkpoint of the state file: ${(0,ftp_reply/* describeError */.U)(error)}; the sync goes on`))
            .finally(() => {
            this.inFlight = undefined;
        });
    }
    /**
     * Writes a checkpoint now (before transfers start, so the state never
     * claims a file that is about to change). With `beforeRename`, it is
     * stored under its temporary name meanwhile and put in place only once
     * that resolves (see `writeRemoteFile`).
     */
    async checkpoint(beforeRename) {
        await this.inFlight;
        await this.write(false, beforeRename);
    }
    /**
     * Starts storing the final state ahead, as `foreseen`, over `pool` (see
     * staged-final-state.ts). Not where the directory may be missing: that
     * first write goes the careful way, at the end.
     */
    stageFinal(foreseen, pool = this.options.pool) {
        if (!this.parentKnown || this.staged !== undefined)
            return;
        const text = serializeState(foreseen, this.options.date());
        this.staged = new StagedFinalState(pool, this.options.path, text, foreseen, this.options.log);
    }
    /** Removes a final state stored ahead and not used; never throws. */
    async dropStaged() {
        const staged = this.staged;
        this.staged = undefined;
        await staged?.drop();
    }
    /**
     * Waits for any checkpoint, then writes the final state: puts the one
     * stored ahead in place when the sync came out as foreseen, else writes
     * it now. Throws when it cannot be written.
     */
    async finish() {
        await this.inFlight;
        const staged = this.staged;
        this.staged = undefined;
        if (staged !== undefined) {
            const final = this.options.ledger.snapshot(true);
            if (cameOutAsForeseen(final, staged.foreseen) && (await staged.putInPlace())) {
                this.options.log.verbose(`Wrote the state file ${this.options.path} (${final.files.size} files, stored ahead)`);
                return;
            }
            await staged.drop();
        }
        await this.write(true);
    }
    /** Waits for a checkpoint in flight, without writing (when the sync stops early). */
    async settle() {
        await this.inFlight;
    }
    async write(complete, beforeRename) {
        const started = this.options.now();
        this.pending = 0;
        const text = serializeState(this.options.ledger.snapshot(complete), this.options.date());
        await writeRemoteFile(this.options.pool, this.options.path, text, this.options.log, this.parentKnown, beforeRename);
        this.parentKnown = true;
        this.lastWrite = this.options.now();
        this.lastWriteMs = this.lastWrite - started;
        this.options.log.verbose(`Wrote the state file ${this.options.path} (${this.options.ledger.size} files, ${prettyBytes(Buffer.byteLength(text))})${complete ? '' : ' as a checkpoint'}`);
    }
}
//# sourceMappingURL=state-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/state-ledger.js
/** The files and directories the state file will list, updated as the sync confirms each change. */
class StateLedger {
    files;
    dirs;
    constructor(previous) {
        this.files = new Map(previous?.files);
        this.dirs = new Set(previous?.dirs);
    }
    /** Number of files recorded. */
    get size() {
        return this.files.size;
    }
    /** Records a file as now on the server. */
    recordFile(path, record) {
        this.files.set(path, record);
    }
    /** Records a file unless one is recorded already (adopted files keep an earlier record). */
    recordFileIfAbsent(path, record) {
        if (!this.files.has(path))
            this.files.set(path, record);
    }
    /** The file or directory is gone from the server. */
    forget(path) {
        this.files.delete(path);
        this.dirs.delete(path);
    }
    recordDirectory(path) {
        this.dirs.add(path);
    }
    /** A copy of the current state; `complete` false for a checkpoint. */
    snapshot(complete) {
        return { files: new Map(this.files), dirs: new Set(this.dirs), complete, origin: 'ftp-actions' };
    }
}
//# sourceMappingURL=state-ledger.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/prepare-state.js


/**
 * Starts the state for this sync from the last one. Files about to be
 * replaced or deleted are forgotten first, and that is written before any
 * transfer starts: a sync cut off part-way must never leave a state that
 * vouches for a file it had already begun to change. The checkpoint goes in
 * place only once `mayChange` resolves (the lock confirmed ours, the plan's
 * reading of the state confirmed current; see `RemoteLock.claim`); it is
 * written in the background, and `checkpointed` says when it is there.
 */
function prepareState(run, context) {
    const { deps } = run;
    const { plan, previous, source } = context;
    const ledger = new StateLedger(previous);
    const date = () => new Date((deps.clock ?? Date.now)());
    const recordOf = (path) => {
        const entry = source.get(path);
        const sha256 = entry?.kind === 'file' ? entry.hashes.sha256 : undefined;
        return entry?.kind === 'file' && sha256 !== undefined ? { size: entry.size, sha256, sentAt: date().toISOString() } : undefined;
    };
    let forgotten = false;
    for (const entry of plan.entries) {
        if (entry.action === 'upload' || entry.action === 'delete') {
            forgotten ||= previous?.files.has(entry.path) === true || previous?.dirs.has(entry.path) === true;
            ledger.forget(entry.path);
        }
        else if (entry.unchanged === true) {
            const record = recordOf(entry.path);
            if (record !== undefined)
                ledger.recordFileIfAbsent(entry.path, record);
        }
    }
    const making = new Set(plan.entries.filter((entry) => entry.action === 'mkdir').map((entry) => entry.path));
    for (const [path, entry] of source)
        if (entry.kind === 'directory' && !making.has(path))
            ledger.recordDirectory(path);
    const writer = new StateWriter({
        pool: deps.controlPool,
        path: context.statePath,
        ledger,
        policy: run.tuning.checkpoint,
        log: deps.log,
        now: deps.now,
        date,
        // The lock file sits beside the state file, so holding it proves the directory.
        parentKnown: context.lock !== undefined || (previous !== undefined && previous.origin === 'ftp-actions'),
    });
    // Stored at once, put in place only once the server may change.
    const checkpointed = forgotten ? context.afterLockWritten.then(() => writer.checkpoint(context.mayChange)) : Promise.resolve();
    const recorder = {
        fileTransferred: (path) => {
            const record = recordOf(path);
            if (record !== undefined)
                ledger.recordFile(path, record);
            writer.noteChange();
        },
        removed: (path) => {
            ledger.forget(path);
            writer.noteChange();
        },
        directoryMade: (path) => ledger.recordDirectory(path),
    };
    const foreseen = new StateLedger(ledger.snapshot(true));
    for (const entry of plan.entries) {
        const record = entry.action === 'upload' ? recordOf(entry.path) : undefined;
        if (record !== undefined)
            foreseen.recordFile(entry.path, record);
        if (entry.action === 'mkdir')
            foreseen.recordDirectory(entry.path);
    }
    return { writer, recorder, checkpointed, foreseen: foreseen.snapshot(true) };
}
//# sourceMappingURL=prepare-state.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/sync-result.js
/** The plan's counts, for a dry run or a refused plan. */
function countPlan(plan) {
    const count = (action) => plan.entries.filter((entry) => entry.action === action).length;
    return {
        uploaded: count('upload'),
        downloaded: count('download'),
        deleted: count('delete'),
        created: count('mkdir'),
        skipped: count('skip'),
        failed: count('conflict'),
    };
}
/** The counts of what happened. */
function countOutcomes(plan, outcomes) {
    const counts = { uploaded: 0, downloaded: 0, deleted: 0, created: 0, skipped: 0, failed: 0 };
    const done = {
        upload: 'uploaded',
        download: 'downloaded',
        delete: 'deleted',
        mkdir: 'created',
    };
    for (const entry of plan.entries) {
        if (entry.action === 'skip')
            counts.skipped += 1;
        else if (entry.action === 'conflict')
            counts.failed += 1;
        // A plan a guard refused has no outcomes: nothing was done, nothing counted.
        else if (outcomes.size > 0) {
            const status = outcomes.get(entry)?.status ?? 'kept';
            if (status === 'failed')
                counts.failed += 1;
            else if (status === 'kept')
                counts.skipped += 1;
            else
                counts[done[entry.action] ?? 'skipped'] += 1;
        }
    }
    return counts;
}
//# sourceMappingURL=sync-result.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/carry-out-plan.js
/**
 * Carries out a plan: the delete guard, then (unless a dry run) the
 * transfers, with the state file kept alongside on a manifest push, and the
 * result of it all.
 */






async function carryOutPlan(run, context) {
    const { options, deps } = run;
    const { plan, source, remoteDir, decision, remote, local, lock } = context;
    const result = (outcomes, bytes, failure) => ({
        direction: options.direction,
        dryRun: options.dryRun,
        remoteDir,
        localDir: options.localDir,
        compare: decision.compare,
        notes: run.notes,
        plan,
        outcomes,
        counts: options.dryRun ? countPlan(plan) : countOutcomes(plan, outcomes),
        bytes,
        durationMs: deps.now() - context.started,
        failure,
    });
    // A refused guard is the user's answer, not a crash: it comes back in the result, with nothing done.
    try {
        checkDeleteGuards(plan, options.maxDelete, run.push ? 'local-dir' : 'remote-dir');
    }
    catch (error) {
        if (error instanceof SyncGuardError)
            return result(new Map(), 0, error);
        throw error;
    }
    if (options.dryRun)
        return result(new Map(), 0, undefined);
    // Connections for the transfers log in while the state checkpoint is written (a locked push opened them at its start).
    const work = plan.entries.filter((entry) => entry.action !== 'skip' && entry.action !== 'conflict').length;
    if (work > 0)
        deps.pool.warm?.(work);
    const keepsState = run.push && options.compare === 'manifest';
    // The server may change once the lock is ours and the state the plan was made from proved current.
    const mayChange = async () => {
        await decision.verified;
        await lock?.confirm();
    };
    const state = keepsState
        ? prepareState(run, {
            plan,
            previous: decision.state,
            source,
            statePath: context.statePath,
            lock,
            mayChange,
            afterLockWritten: lock?.written ?? Promise.resolve(),
        })
        : undefined;
    /*
     * Nothing that shows on the server changes before that and before the
     * checkpoint is in place (its rename waits for the same); atomic uploads
     * store their data under temporary names meanwhile, and take their final
     * names once the gate opens.
     */
    const publishGate = new PublishGate((async () => {
        await state?.checkpointed;
        await mayChange();
    })());
    if (work > 0) {
        // Stored ahead, under a temporary name, on a transfer connection (as one more file), once our lock record is there.
        if (state !== undefined)
            void (lock?.written ?? Promise.resolve()).then(() => state.writer.stageFinal(state.foreseen, deps.pool), () => undefined);
        // The lock's release check goes ahead once the gate opens; a read that old still stands at the release (see `prepareRelease`).
        void publishGate.wait().then(() => lock?.prepareRelease(deps.pool), () => undefined);
    }
    let report;
    try {
        report = await applyPlan(plan, {
            direction: options.direction,
            pool: deps.pool,
            remoteDir,
            localDir: options.localDir,
            source,
            targetExists: run.push ? (remote?.exists ?? true) : local.exists,
            transfer: {
                atomic: options.atomic,
                order: options.order,
                preserveMtime: options.preserveMtime,
                retries: options.retries,
                ...(run.tuning.retryDelayMs === undefined ? {} : { retryDelayMs: run.tuning.retryDelayMs }),
            },
            ...(state === undefined ? {} : { recorder: state.recorder }),
            beforeDeletes: () => lock?.assertHeld(),
            publishGate,
            log: deps.log,
            now: deps.now,
        });
        // A plan with nothing that waited for the gate still must not write the state of a race it lost.
        await publishGate.wait();
    }
    catch (error) {
        // Whatever stopped the transfers, the checkpoint's write is over, and the state stored ahead removed, before the lock's release starts.
        await publishGate.wait().catch(() => undefined);
        await state?.writer.dropStaged();
        throw error;
    }
    if (state !== undefined) {
        try {
            await state.writer.settle();
            lock?.assertHeld();
            // An unchanged tree with a complete state of ours already on the server needs no new one.
            const changed = [...report.outcomes.values()].some((outcome) => outcome.status === 'done');
            if (changed || decision.state === undefined || decision.state.origin !== 'ftp-actions' || !decision.state.complete) {
                // The transfers' connections are idle now: one of them checks the lock for its release meanwhile.
                lock?.prepareRelease(deps.pool);
                await state.writer.finish();
            }
        }
        finally {
            await state.writer.dropStaged();
        }
    }
    const counts = countOutcomes(plan, report.outcomes);
    const failure = counts.failed > 0
        ? new SyncError(`${counts.failed} of the sync's changes failed`, {
            hint: 'The job summary lists each one with the reason. What succeeded is recorded; run the sync again to retry the rest.',
        })
        : undefined;
    return result(report.outcomes, report.bytes, failure);
}
//# sourceMappingURL=carry-out-plan.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/remote-hash.js
/**
 * Checksums computed by the server, for `compare: checksum` and for adopting
 * files on a first sync. FTP has no standard command: HASH (an IETF draft,
 * the algorithm chosen with OPTS HASH) and the older XSHA256, XSHA1, XMD5
 * and XCRC (ProFTPD's mod_digest, FileZilla and others). The method is
 * chosen from FEAT, strongest first, and only when FEAT offers it: a command
 * a server does not announce is not worth a round trip per file.
 */



/** HASH algorithm names (as FEAT lists them) we can compute locally, best first. */
const hashNames = [
    ['SHA-256', 'sha256'],
    ['SHA-1', 'sha1'],
    ['MD5', 'md5'],
    ['CRC32', 'crc32'],
];
const legacyCommands = [
    { command: 'XSHA256', algorithm: 'sha256' },
    { command: 'XSHA1', algorithm: 'sha1' },
    { command: 'XMD5', algorithm: 'md5' },
    { command: 'XCRC', algorithm: 'crc32' },
];
const hexLength = { sha256: 64, sha1: 40, md5: 32, crc32: 8 };
function feature(features, name) {
    for (const [key, value] of features)
        if (key.toUpperCase() === name)
            return value;
    return undefined;
}
/**
 * The best hash command FEAT offers, or undefined when it offers none.
 * `HASH SHA-1;SHA-256*;MD5` lists HASH's algorithms, `*` marking the one in use.
 */
function chooseHashMethod(features) {
    const hash = feature(features, 'HASH');
    if (hash !== undefined) {
        const offered = hash
            .split(';')
            .map((name) => name.trim().toUpperCase())
            .filter((name) => name !== '');
        const selected = offered.find((name) => name.endsWith('*'))?.slice(0, -1);
        for (const [name, algorithm] of hashNames) {
            if (!offered.includes(name) && selected !== name)
                continue;
            return selected === name ? { command: 'HASH', algorithm } : { command: 'HASH', algorithm, select: name };
        }
    }
    return legacyCommands.find((method) => feature(features, method.command) !== undefined);
}
/** Words for messages: "HASH (SHA-256)", "XMD5". */
function describeHashMethod(method) {
    return method.command === 'HASH' ? `HASH (${hashAlgorithmNames[method.algorithm]})` : method.command;
}
/**
 * The digest in a reply, lower case: HASH answers `213 SHA-256 0-1234 <hex> <path>`,
 * the X commands `250 <hex>` (some with the path); XCRC may drop leading zeros.
 */
function parseHashReply(message, algorithm) {
    const length = hexLength[algorithm];
    // The digest may sit on any line: ProFTPD answers HASH with a multi-line
    // reply, "213-Computing SHA-256 digest" first and the digest on the last.
    // Lines are read last first, since the final line carries the answer.
    const lines = message.split(/\r?\n/).reverse();
    for (const line of lines) {
        const tokens = line.replace(/^\d{3}[ -]/, '').split(/\s+/);
        for (const token of tokens) {
            if (!/^[0-9a-fA-F]+$/.test(token))
                continue;
            if (token.length === length)
                return token.toLowerCase();
            if (algorithm === 'crc32' && token.length < length)
                return token.toLowerCase().padStart(length, '0');
        }
    }
    return undefined;
}
/** Clients that have already selected the HASH algorithm with OPTS HASH (the choice lasts for the session). */
const selectedOn = new WeakMap();
/** The server's checksum of one absolute path, or undefined when it will not give one. */
async function remoteChecksum(client, method, path) {
    try {
        if (method.select !== undefined && selectedOn.get(client) !== method.select) {
            await client.send(`OPTS HASH ${method.select}`);
            selectedOn.set(client, method.select);
        }
        const reply = await client.send(`${method.command} ${path}`);
        return parseHashReply(reply.message, method.algorithm);
    }
    catch (error) {
        // A refusal for one file (550, a file too large to hash) means "compare
        // by transferring it"; a lost connection is for the pool to retry.
        if (error instanceof dist.FTPError)
            return undefined;
        throw error;
    }
}
/** Checksums of `paths` (relative to `remoteDir`) over the pool, one command each; refused ones are left out. */
async function remoteChecksums(pool, remoteDir, paths, method) {
    const result = new Map();
    await Promise.all(paths.map(async (path) => {
        const absolute = joinRemote(remoteDir, path);
        const digest = await pool.run(`${method.command} of ${absolute}`, (client) => remoteChecksum(client, method, absolute));
        if (digest !== undefined)
            result.set(path, digest);
    }));
    return result;
}
/** Why `compare: checksum` cannot run on this server, for the error message. */
function noHashCommandMessage(features) {
    const names = [...features.keys()].map((name) => name.toUpperCase()).sort();
    return `compare is checksum, but the server offers no hash command (FEAT lists ${names.length === 0 ? 'nothing' : names.join(', ')}; none of HASH, XSHA256, XSHA1, XMD5, XCRC)`;
}
//# sourceMappingURL=remote-hash.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/compare-decision.js



/** Checksum needs a hash command: refuse before anything else when the server has none. */
async function requireHashMethod(run) {
    const features = await run.serverFeatures();
    const method = chooseHashMethod(features);
    if (method === undefined) {
        throw new SyncError(noHashCommandMessage(features), {
            hint: `Use compare: ${run.push ? 'manifest (the default for push) or ' : ''}size-time instead. Nothing was changed.`,
        });
    }
    run.deps.log.info(`Comparing with the server's ${describeHashMethod(method)}`);
    return method;
}
/** The same log with its info lines moved to verbose: for a second reading that says nothing new. */
function quieter(log) {
    return {
        level: log.level,
        info: (message) => log.verbose(message),
        verbose: (message) => log.verbose(message),
        debug: (message) => log.debug(message),
        warning: (message) => log.warning(message),
    };
}
/**
 * Reads the state (push, manifest) and decides how to compare without one.
 * `previewed` is the state as read before the lock was claimed, if it was.
 * With `speculate`, the plan is made from it at once, and the state is read
 * again in the background: `verified` rejects with StateChangedMeanwhile
 * when that reading differs (nothing may show on the server before it
 * resolves). Without, this reading is the one the plan is made from.
 * Either way the reading starts once `afterLockWritten` resolves (our lock
 * record on the server: see `syncTrees` for why that is the reading to trust).
 */
async function decideComparison(run, where, method, previewed, how = {}) {
    const { speculate = false, afterLockWritten = Promise.resolve() } = how;
    const { options, deps } = run;
    if (!(run.push && options.compare === 'manifest')) {
        return { compare: options.compare, state: undefined, hashMethod: method, adopting: false, verified: Promise.resolve() };
    }
    // Read again once our lock record is written: another sync may have finished between the look without it and now
    // (why a reading made while the record settles is as good as one made after: see `syncTrees`).
    const reading = afterLockWritten.then(() => loadState(deps.controlPool, where.statePath, where.remoteDir, previewed === undefined ? deps.log : quieter(deps.log)));
    if (speculate && previewed?.state !== undefined && previewed.path === where.statePath) {
        const verified = reading.then((loaded) => {
            if (loaded.text !== previewed.text)
                throw new StateChangedMeanwhile('The state file changed while this sync took the lock');
        });
        // Awaited by whoever may change the server; until then a rejection must not count as unhandled.
        verified.catch(() => undefined);
        return { compare: 'manifest', state: previewed.state, hashMethod: undefined, adopting: false, verified };
    }
    const loaded = await reading;
    if (previewed !== undefined && loaded.text !== previewed.text)
        deps.log.info('The state file changed while this sync took the lock (another sync finished meanwhile): planned again from it');
    const { state } = loaded;
    const verified = Promise.resolve();
    if (state !== undefined)
        return { compare: 'manifest', state, hashMethod: undefined, adopting: false, verified };
    const hash = chooseHashMethod(await run.serverFeatures());
    if (hash !== undefined) {
        run.note(`No state file at ${where.statePath} yet: files whose ${describeHashMethod(hash)} matches on the server are adopted, the others sent.`);
        return { compare: 'checksum', state: undefined, hashMethod: hash, adopting: true, verified };
    }
    run.note(`No state file at ${where.statePath} yet: compared by size and time this once; the state file is written at the end.`);
    return { compare: 'size-time', state: undefined, hashMethod: undefined, adopting: false, verified };
}
//# sourceMappingURL=compare-decision.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/lock.js
/**
 * A lock file on the server that keeps two syncs from writing the same
 * remote directory at once. FTP has no atomic "create if absent" that every
 * server honours (MKD of an existing directory even succeeds on some), so
 * the lock is taken by writing a record with a random token, waiting a
 * little longer than another sync would need to overwrite it, and reading
 * it back: whoever's token is there holds the lock. A sync may read and
 * prepare during that wait (`claim`), but changes nothing before `confirm`
 * says the lock is its own. The holder renews the record while it works;
 * a record not renewed for `ttlMs` has expired (a cancelled or killed job)
 * and is taken over with a warning, and a re-run of the same workflow run
 * takes over its own lock at once.
 */





/** A lock file is a few hundred bytes; anything much larger is not ours. */
const maxLockBytes = 64 * 1024;
/** Reads a lock record; undefined when the text is not one. */
function parseLockRecord(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return undefined;
        throw error;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    const record = json;
    const fields = ['runId', 'host', 'holder', 'token', 'acquiredAt', 'expiresAt'];
    if (record.tool !== 'ftp-actions' || !fields.every((field) => typeof record[field] === 'string'))
        return undefined;
    return json;
}
/** "octo/site, run 123 on runner-7 (since 12:00:01Z, expires 12:01:30Z)". */
function describeHolder(record) {
    return `${record.holder} on ${record.host} (since ${record.acquiredAt}, expires ${record.expiresAt})`;
}
/** True when the record was not renewed in time. */
function isExpired(record, nowMs) {
    const expires = Date.parse(record.expiresAt);
    return Number.isNaN(expires) || nowMs >= expires;
}
/** A lock held on the server; `release` it in `finally`. */
class RemoteLock {
    path;
    owner;
    token;
    timing;
    deps;
    lostTo;
    timer;
    renewing;
    acquiredAt;
    /** Whether the record written proved ours once it settled (see `claim`). */
    confirmation = Promise.resolve(false);
    /** See `begin`. */
    writing = Promise.resolve();
    written = Promise.resolve();
    /** True once the lock was found held by another sync (it was waited for): whatever was read before it is stale. */
    waited = false;
    /** The read `release` needs, started early by `prepareRelease`; undefined when that read failed. */
    releaseCheck;
    constructor(path, owner, token, timing, deps) {
        this.path = path;
        this.owner = owner;
        this.token = token;
        this.timing = timing;
        this.deps = deps;
        this.acquiredAt = new Date(deps.clock()).toISOString();
    }
    /**
     * Takes the lock at `path`, waiting up to `timeoutMs` for another holder.
     * Throws SyncLockError naming the holder when it is still held then.
     */
    static async acquire(path, owner, timeoutMs, timing, deps) {
        const deadline = deps.now() + timeoutMs;
        for (;;) {
            const lock = await RemoteLock.claim(path, owner, Math.max(0, deadline - deps.now()), timing, deps);
            if (await lock.confirmation)
                return lock;
        }
    }
    /**
     * Writes this sync's record as soon as the lock is free (waiting up to
     * `timeoutMs`, as `acquire`), and returns at once, while the record
     * settles: whether it stays ours is known a little later (the wait after
     * the write, then the read back). Meanwhile the caller may read and
     * prepare, and must call `confirm` before it changes anything; when
     * another sync's record replaced ours, `confirm` throws `LockRaceLost`
     * and the caller claims again (which waits for that sync).
     */
    static async claim(path, owner, timeoutMs, timing, deps) {
        const lock = RemoteLock.begin(path, owner, timeoutMs, timing, deps);
        await lock.written;
        return lock;
    }
    /**
     * `claim` without waiting for anything: the lock is read, and our record
     * written, in the background. `writing` says when the lock was found free
     * (the write under way), `written` when our record is on the server; both
     * reject with SyncLockError when another holder kept it past `timeoutMs`.
     * What the caller does from `writing` on may only store data under
     * temporary names (see `claim` for the rest).
     */
    static begin(path, owner, timeoutMs, timing, deps) {
        const lock = new RemoteLock(path, owner, (0,external_node_crypto_.randomBytes)(12).toString('hex'), timing, deps);
        let foundFree = () => undefined;
        const taking = lock.take(timeoutMs, () => foundFree());
        lock.writing = new Promise((resolve, reject) => {
            foundFree = resolve;
            taking.catch(reject);
        });
        lock.written = taking.then(() => undefined);
        lock.confirmation = taking.then((raceWindowMs) => lock.settle(raceWindowMs));
        // Awaited by the caller, `confirm` or `release`; until then a failure must not count as unhandled.
        for (const promise of [lock.writing, lock.written, lock.confirmation])
            promise.catch(() => undefined);
        return lock;
    }
    /** Resolves once the record proved ours; throws `LockRaceLost` when another sync's replaced it while it settled. */
    async confirm() {
        if (!(await this.confirmation))
            throw new LockRaceLost(`Another sync took the lock ${this.path} at the same moment`);
    }
    /** Throws when another sync has taken this lock over (this one stalled past the expiry). */
    assertHeld() {
        if (this.lostTo === undefined)
            return;
        throw new SyncLockError(`The lock ${this.path} was taken over by ${describeHolder(this.lostTo)} while this sync ran`, {
            hint: 'This sync stopped before deleting anything or writing the state file; run it again once the other one has finished.',
        });
    }
    /**
     * Starts the read `release` needs (is the record still ours?) over `pool`,
     * another connection than the lock's, so that it runs while the sync
     * finishes (its last files, the final state) rather than after. Once
     * started, later calls keep it. A read younger than a quarter of the
     * lock's life stands for one made at the removal: the record it found was
     * renewed at most `renewMs` before, so it had at least `ttlMs - renewMs`
     * to live, and nobody takes over a record before it expires. An older one
     * is made again. A takeover the renewals see stops the release anyway.
     */
    prepareRelease(pool) {
        if (this.lostTo !== undefined || this.releaseCheck !== undefined)
            return;
        this.releaseCheck = this.read(pool, true, true).then((found) => ({ found, at: this.deps.now() }), (error) => {
            this.deps.log.debug(`Reading the lock ${this.path} ahead of its release failed: ${(0,ftp_reply/* describeError */.U)(error)}; reading it again`);
            return undefined;
        });
    }
    /** The release check, if one was made recently enough to stand for a fresh one (see `prepareRelease`). */
    async recentCheck() {
        const check = await this.releaseCheck;
        if (check === undefined || this.deps.now() - check.at > this.timing.ttlMs / 4)
            return undefined;
        return check.found;
    }
    /** Stops renewing and removes the lock file if it is still ours. Never throws: a leftover lock expires by itself. */
    async release() {
        clearInterval(this.timer);
        await this.renewing;
        if (this.lostTo !== undefined)
            return;
        // A record that never proved ours is another sync's now (or was never written): nothing to remove.
        if (!(await this.confirmation.catch(() => false)))
            return;
        try {
            const found = (await this.recentCheck()) ?? (await this.read());
            if (found.kind === 'record' && found.record.token === this.token)
                await deleteRemoteFile(this.deps.pool, this.path);
            this.deps.log.verbose(`Released the lock ${this.path}`);
        }
        catch (error) {
            this.deps.log.warning(`Could not remove the lock ${this.path}: ${(0,ftp_reply/* describeError */.U)(error)}; it expires by itself`);
        }
    }
    record() {
        return {
            tool: 'ftp-actions',
            runId: this.owner.runId,
            host: this.owner.host,
            holder: this.owner.description,
            token: this.token,
            acquiredAt: this.acquiredAt,
            expiresAt: new Date(this.deps.clock() + this.timing.ttlMs).toISOString(),
        };
    }
    /**
     * Reads the record. Its SIZE goes with RETR's passive command (one round
     * trip less) unless `passiveAhead` is false: where the record may be
     * missing and no write follows at once, the port would go unused.
     */
    async read(pool = this.deps.pool, passiveAhead = true, ahead = false) {
        const text = await readRemoteFile(pool, this.path, maxLockBytes, { passiveAhead, ahead });
        if (text === undefined)
            return { kind: 'none' };
        const record = parseLockRecord(text);
        return record === undefined ? { kind: 'unreadable' } : { kind: 'record', record };
    }
    async write(parentKnown = true) {
        await writeRemoteFile(this.deps.pool, this.path, `${JSON.stringify(this.record(), null, 2)}\n`, this.deps.log, parentKnown);
    }
    /** Whether the lock as found may be taken now; logs why. */
    mayTake(found) {
        const { log, clock } = this.deps;
        if (found.kind === 'none')
            return true;
        if (found.kind === 'unreadable') {
            log.warning(`The lock file ${this.path} cannot be read as a lock; taking it over`);
            return true;
        }
        const { record } = found;
        if (record.runId === this.owner.runId) {
            log.info(`Taking over the lock ${this.path} left by this same workflow run (${record.holder}): a re-run`);
            return true;
        }
        if (isExpired(record, clock())) {
            log.warning(`The lock ${this.path} held by ${describeHolder(record)} has expired (its job was probably cancelled); taking it over`);
            return true;
        }
        return false;
    }
    /** Waits until the lock may be taken, then writes our record; resolves with how long the read and the write took. */
    async take(timeoutMs, onFree) {
        const { log, now, sleep } = this.deps;
        const deadline = now() + timeoutMs;
        let waitingFor;
        for (;;) {
            const started = now();
            // Found, RETR uses the port; not found, the write that follows does, unless it first makes sure of the directory.
            const found = await this.read(this.deps.pool, this.deps.dirKnown === true);
            if (this.mayTake(found)) {
                onFree();
                // No lock file found says nothing about its directory (a first sync to a new remote-dir).
                await this.write(found.kind !== 'none' || this.deps.dirKnown === true);
                return now() - started;
            }
            const holder = found.kind === 'record' ? describeHolder(found.record) : 'another sync';
            if (now() >= deadline) {
                throw new SyncLockError(`The remote directory is locked by ${holder}; gave up after waiting ${prettyMilliseconds(timeoutMs)} (lock-timeout)`, {
                    hint: `Wait for that sync to finish, or raise lock-timeout. A lock whose job was killed expires ${prettyMilliseconds(this.timing.ttlMs)} after its last renewal. Nothing was changed.`,
                });
            }
            if (waitingFor !== holder)
                log.info(`Waiting for the lock ${this.path}, held by ${holder}`);
            waitingFor = holder;
            this.waited = true;
            await sleep(Math.max(0, Math.min(this.timing.pollMs, deadline - now())));
        }
    }
    /**
     * Another sync that read "free" just before our write lands its own write
     * within about the time ours took (`raceWindowMs`): waits longer than
     * that, then sees whose token is there. Ours: renewals start.
     */
    async settle(raceWindowMs) {
        await this.deps.sleep(Math.min(5000, Math.max(50, raceWindowMs * 1.5)));
        // Ahead of the transfers staging their data meanwhile on that pool: they wait for this answer.
        const check = await this.read(this.deps.checkPool ?? this.deps.pool, true, true);
        if (!(check.kind === 'record' && check.record.token === this.token)) {
            this.deps.log.info(`Another sync took the lock ${this.path} at the same moment; waiting for it`);
            return false;
        }
        this.deps.log.info(`Locked ${this.path} (expires ${prettyMilliseconds(this.timing.ttlMs)} after the last renewal)`);
        this.timer = setInterval(() => this.renew(), this.timing.renewMs);
        // Renewal alone must never keep the process alive once the sync is done.
        this.timer.unref();
        return true;
    }
    renew() {
        if (this.renewing !== undefined || this.lostTo !== undefined)
            return;
        this.renewing = (async () => {
            try {
                const found = await this.read();
                if (found.kind === 'record' && found.record.token !== this.token) {
                    this.lostTo = found.record;
                    this.deps.log.warning(`The lock ${this.path} was taken over by ${describeHolder(found.record)}`);
                    return;
                }
                await this.write();
                this.deps.log.debug(`Renewed the lock ${this.path}`);
            }
            catch (error) {
                this.deps.log.warning(`Could not renew the lock ${this.path}: ${(0,ftp_reply/* describeError */.U)(error)}; trying again shortly`);
            }
            finally {
                this.renewing = undefined;
            }
        })();
    }
}
//# sourceMappingURL=lock.js.map
// EXTERNAL MODULE: ./node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js
var ignore = __nccwpck_require__(673);
;// CONCATENATED MODULE: ./packages/core/lib/sync/patterns.js
/**
 * Which paths the sync looks at (exclude, include-hidden) and which it must
 * leave alone (protect). Patterns are gitignore-style and matched with the
 * `ignore` package: the matcher ESLint, Prettier and many others use,
 * well-kept and tested against git's own `check-ignore`, so `dist/`,
 * `/root-only`, `*.map` and `!keep.map` mean here what they mean in a
 * .gitignore, which is what users already know.
 */

/** Excluded unless `exclude-defaults` is false: never part of a deploy. */
const defaultExcludes = ['.git/', 'node_modules/'];
function matcher(patterns) {
    const lines = patterns.map((pattern) => pattern.trim()).filter((pattern) => pattern !== '' && !pattern.startsWith('#'));
    return lines.length === 0 ? undefined : ignore().add(lines);
}
function isHidden(path) {
    return path.startsWith('.') || path.includes('/.');
}
function asked(path, isDirectory) {
    return isDirectory ? `${path}/` : path;
}
/** A filter for both sides of a sync: an excluded path is neither sent, compared nor deleted. */
function createPathFilter(options) {
    const patterns = matcher([...(options.excludeDefaults ? defaultExcludes : []), ...options.exclude]);
    const reserved = new Set(options.reserved ?? []);
    return {
        excludes(path, isDirectory) {
            if (reserved.has(path))
                return true;
            if (!options.includeHidden && isHidden(path))
                return true;
            return patterns?.ignores(asked(path, isDirectory)) ?? false;
        },
    };
}
/** A matcher for the `protect` patterns; with no patterns nothing is protected. */
function createProtectMatcher(patterns) {
    const protectedPaths = matcher(patterns);
    if (protectedPaths === undefined)
        return () => false;
    return (path, isDirectory) => protectedPaths.ignores(asked(path, isDirectory));
}
//# sourceMappingURL=patterns.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/filter-tree.js
/** Drops the excluded paths, in place; returns the same map. */
function filterTree(tree, filter) {
    for (const [path, entry] of tree)
        if (filter.excludes(path, entry.kind === 'directory'))
            tree.delete(path);
    return tree;
}
//# sourceMappingURL=filter-tree.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/no-op-preview.js
/**
 * The look before the lock: a manifest push whose state file already
 * vouches for every local file ends here, after one read, having written
 * nothing on the server.
 */







/**
 * A push by the state file looks before it locks: when the state says the
 * server already has every local file as it is, nothing is written at all
 * (no lock, no state), and the sync ends after one read. Otherwise the
 * connections for the transfers start opening, and the caller takes the
 * lock and reads the state again under it.
 *
 * Why that is safe. A lock keeps two syncs from changing the same tree at
 * once; a sync that changes nothing cannot collide with one that does:
 * - The state file is replaced atomically, and a sync forgets (checkpoints
 *   out) every file it is about to change before it changes it. So a
 *   state we read vouches only for files that are on the server as it
 *   says, even while another sync runs, and one another sync has begun to
 *   rewrite says `complete: false`, which never takes this path.
 * - Another sync may add files in the meantime that the state does not yet
 *   list. Then the outcome is the one of this sync running just before
 *   that one: it changed nothing, and the other's plan stays right.
 * - A plan with changes is never applied from this look: the state is
 *   read again once the lock is held (`decideComparison`), when no other
 *   sync can write it any more, and the plan is made from that reading. A
 *   sync that finished between the two reads is thus seen, and its files
 *   are neither re-sent blindly nor its deletions missed.
 * Only manifest pushes with a complete state of ours take this path:
 * everything else lists the server, and does that once, under the lock.
 */
async function finishIfNothingToDo(run, context) {
    const { options, deps } = run;
    if (!(run.push && options.compare === 'manifest' && !options.verifyRemote))
        return { previewed: undefined, result: undefined };
    const previewed = await loadState(deps.controlPool, context.statePath, context.remoteDir, deps.log);
    const { state } = previewed;
    if (state === undefined || !state.complete || state.origin !== 'ftp-actions' || previewed.path !== context.statePath)
        return { previewed, result: undefined };
    const local = await context.local;
    const plan = planSync({
        direction: options.direction,
        compare: 'manifest',
        preserveMtime: options.preserveMtime,
        checksumAlgorithm: undefined,
        adopting: false,
        targetListed: false,
        source: local.tree,
        target: filterTree(treeFromState(state), context.filter),
        state,
        delete: options.delete,
        isProtected: createProtectMatcher(options.protect),
        leftovers: [],
    });
    const work = plan.entries.filter((entry) => entry.action !== 'skip').length;
    if (work > 0) {
        deps.pool.warm?.(work);
        return { previewed, result: undefined };
    }
    checkPlanPaths(plan);
    deps.log.info('The state file says the server has every file as it is here: nothing to change, so the remote directory was not locked');
    const result = {
        direction: options.direction,
        dryRun: false,
        remoteDir: context.remoteDir,
        localDir: options.localDir,
        compare: 'manifest',
        notes: run.notes,
        plan,
        outcomes: new Map(),
        counts: countPlan(plan),
        bytes: 0,
        durationMs: deps.now() - context.started,
        failure: undefined,
    };
    return { previewed, result };
}
//# sourceMappingURL=no-op-preview.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/yocto-queue@1.2.2/node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/p-limit@7.3.3/node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./packages/core/lib/sync/hash-file.js
/**
 * Content hashes of local files, streamed: a file is read once, in chunks,
 * whatever its size, and every algorithm asked for is fed from the same read.
 */




function cryptoDigester(hash) {
    return { update: (chunk) => hash.update(chunk), digest: () => hash.digest('hex') };
}
/** CRC-32 (as XCRC reports it): zlib's, carried across chunks. */
function crcDigester() {
    let value = 0;
    return {
        update: (chunk) => {
            value = (0,external_node_zlib_namespaceObject.crc32)(chunk, value);
        },
        digest: () => value.toString(16).padStart(8, '0'),
    };
}
function digesterFor(algorithm) {
    return algorithm === 'crc32' ? crcDigester() : cryptoDigester((0,external_node_crypto_.createHash)(algorithm));
}
/**
 * Files up to this size are read in one call: a stream costs several times
 * more per file than the bytes, and a push hashes thousands of small files.
 */
const wholeReadMaxBytes = 1024 * 1024;
/**
 * The digests of the file at `path` for each of `algorithms`, in one read.
 * `size` (from the walk's stat) lets a small file be read whole; without it,
 * or for a larger one, the file is streamed.
 */
async function hashFile(path, algorithms, size) {
    const digesters = algorithms.map((algorithm) => [algorithm, digesterFor(algorithm)]);
    if (size !== undefined && size <= wholeReadMaxBytes) {
        // A file that grew since the stat is still hashed whole: what was read is what the digest is of.
        const bytes = await (0,promises_namespaceObject.readFile)(path);
        for (const [, digester] of digesters)
            digester.update(bytes);
    }
    else {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: 256 * 1024 })) {
            const buffer = chunk;
            for (const [, digester] of digesters)
                digester.update(buffer);
        }
    }
    const result = {};
    for (const [algorithm, digester] of digesters)
        result[algorithm] = digester.digest();
    return result;
}
/** The digests of bytes in memory, for tests and small contents. */
function hashBytes(bytes, algorithm) {
    const digester = digesterFor(algorithm);
    digester.update(bytes);
    return digester.digest();
}
//# sourceMappingURL=hash-file.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/scan-local.js
/**
 * Walks the local directory: every file and directory the filter lets in,
 * with size and modification time, and (when asked) content hashes.
 * Hashing starts as soon as a file is found and runs with bounded
 * concurrency, so it overlaps both the walk and, since the caller starts the
 * scan before it talks to the server, the network work: in CI every checkout
 * gives files new times, so a push has to hash everything and must not wait
 * for the server to do it.
 */







function scan_local_errorCode(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
/** Directory listings and stats at once: enough to keep the disk busy without running out of file descriptors. */
const statConcurrency = 64;
async function checkRoot(options) {
    try {
        const found = await (0,promises_namespaceObject.lstat)(options.root);
        if (found.isDirectory())
            return true;
        throw new SyncError(`The local directory "${options.root}" is not a directory`, { hint: 'Check the local-dir input.' });
    }
    catch (error) {
        if (scan_local_errorCode(error) !== 'ENOENT')
            throw error;
        if (!options.mustExist)
            return false;
        throw new SyncError(`The local directory "${options.root}" does not exist`, {
            hint: 'Check the local-dir input, and that the build step before this one wrote its output there. Nothing was changed on the server.',
        });
    }
}
/** Walks `options.root`; paths in the result are relative and '/'-separated. */
async function scanLocalTree(options) {
    const started = performance.now();
    const tree = new Map();
    const leftovers = [];
    if (!(await checkRoot(options)))
        return { tree, leftovers, exists: false };
    const io = pLimit(statConcurrency);
    const hashing = pLimit(Math.max(1, options.hashConcurrency));
    let links = 0;
    let hashedBytes = 0;
    const addFile = async (path) => {
        const facts = await io(() => (0,promises_namespaceObject.lstat)((0,external_node_path_namespaceObject.join)(options.root, path)));
        const hashes = options.hash.length === 0 ? {} : await hashing(() => hashFile((0,external_node_path_namespaceObject.join)(options.root, path), options.hash, facts.size));
        hashedBytes += options.hash.length === 0 ? 0 : facts.size;
        tree.set(path, { kind: 'file', path, size: facts.size, mtimeMs: facts.mtimeMs, hashes });
    };
    const walk = async (dir) => {
        const entries = await io(() => (0,promises_namespaceObject.readdir)(dir === '' ? options.root : (0,external_node_path_namespaceObject.join)(options.root, dir), { withFileTypes: true }));
        const work = [];
        for (const entry of entries) {
            const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isSymbolicLink()) {
                // Not followed: a link can lead outside local-dir or round in a loop, and
                // what it points to is not what a server would store under its name.
                links += 1;
                options.log.verbose(`Skipping the symbolic link ${path}`);
            }
            else if (entry.isDirectory()) {
                if (options.filter.excludes(path, true))
                    continue;
                tree.set(path, { kind: 'directory', path });
                work.push(walk(path));
            }
            else if (entry.isFile()) {
                if (isTemporaryName(entry.name))
                    leftovers.push(path);
                else if (!options.filter.excludes(path, false))
                    work.push(addFile(path));
            }
        }
        await Promise.all(work);
    };
    await walk('');
    if (links > 0)
        options.log.info(`Skipped ${links} symbolic links in ${options.root} (links are not followed)`);
    const files = [...tree.values()].filter((entry) => entry.kind === 'file').length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    options.log.info(options.hash.length === 0
        ? `Found ${files} local files in ${seconds} s`
        : `Found and hashed ${files} local files (${prettyBytes(hashedBytes)}) in ${seconds} s`);
    return { tree, leftovers, exists: true };
}
/**
 * Adds the `algorithm` digest to the given files of a scanned tree, for a
 * server whose hash command speaks another algorithm than the scan used.
 * Only the files that need it are read again.
 */
async function addLocalHashes(root, tree, paths, algorithm, concurrency) {
    const hashing = pLimit(Math.max(1, concurrency));
    await Promise.all([...paths].map((path) => hashing(async () => {
        const entry = tree.get(path);
        if (entry?.kind !== 'file' || entry.hashes[algorithm] !== undefined)
            return;
        const digest = (await hashFile((0,external_node_path_namespaceObject.join)(root, path), [algorithm], entry.size))[algorithm];
        tree.set(path, { ...entry, hashes: { ...entry.hashes, [algorithm]: digest } });
    })));
}
//# sourceMappingURL=scan-local.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/scan-remote.js
/**
 * The remote side of a sync: the tree under remote-dir, listed directory by
 * directory in parallel over the pool (see `listRemoteTree`), filtered like
 * the local side, with leftovers of interrupted uploads set apart. And the
 * facts a listing may lack, asked per file and only for the files whose
 * comparison needs them: MDTM where LIST gave no usable time.
 */






/** Lists `remoteDir` (absolute) recursively. */
async function scanRemoteTree(pool, remoteDir, options) {
    const started = performance.now();
    let listing;
    try {
        listing = await listRemoteTree(pool, remoteDir, { recursive: true, log: options.log });
    }
    catch (error) {
        if (options.mustExist || !(error instanceof errors/* RemotePathError */.UC))
            throw error;
        // The error may be about a name deep in the tree: only a missing root means "empty".
        const kind = (await pool.run(`checking ${remoteDir}`, (client) => findRemoteKinds(client, [remoteDir]))).get(remoteDir);
        if (kind !== 'missing')
            throw error;
        options.log.info(`The remote directory ${remoteDir} does not exist yet`);
        return { tree: new Map(), leftovers: [], exists: false, hasTimes: false };
    }
    const tree = new Map();
    const leftovers = [];
    let hasTimes = false;
    let links = 0;
    for (const entry of listing) {
        if (entry.type === 'symlink') {
            links += 1;
            options.log.verbose(`Skipping the remote symbolic link ${joinRemote(remoteDir, entry.path)}`);
            continue;
        }
        const isDirectory = entry.type === 'directory';
        if (!isDirectory && isTemporaryName(remoteBasename(entry.path))) {
            leftovers.push(entry.path);
            continue;
        }
        if (options.filter.excludes(entry.path, isDirectory))
            continue;
        if (isDirectory) {
            tree.set(entry.path, { kind: 'directory', path: entry.path });
            continue;
        }
        if (entry.modifiedAt !== undefined)
            hasTimes = true;
        tree.set(entry.path, { kind: 'file', path: entry.path, size: entry.size, mtimeMs: entry.modifiedAt?.getTime(), hashes: {} });
    }
    if (links > 0)
        options.log.info(`Skipped ${links} remote symbolic links (links are not followed)`);
    const files = [...tree.values()].filter((entry) => entry.kind === 'file').length;
    options.log.info(`Listed ${files} remote files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { tree, leftovers, exists: true, hasTimes };
}
/**
 * Fills in modification times with MDTM for `paths` (relative to
 * `remoteDir`), one command each over the pool, where the listing (LIST)
 * gave none. Files the server will not date keep no time.
 */
async function addRemoteTimes(pool, remoteDir, tree, paths) {
    await Promise.all(paths.map(async (path) => {
        const entry = tree.get(path);
        if (entry?.kind !== 'file')
            return;
        const absolute = joinRemote(remoteDir, path);
        const time = await pool.run(`MDTM of ${absolute}`, (client) => remoteModifiedAt(client, absolute));
        if (time !== undefined)
            tree.set(path, { ...entry, mtimeMs: time.getTime() });
    }));
}
//# sourceMappingURL=scan-remote.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/plan-from-scans.js








/** Stands for the server when a first manifest push has neither a state file nor a listing. */
const emptyState = { files: new Map(), dirs: new Set(), complete: true, origin: 'ftp-actions' };
/** Paths of files present on both sides with the same size: the only ones whose times or checksums matter. */
function sameSizeFiles(source, target) {
    const paths = [];
    for (const [path, entry] of source) {
        const other = target.get(path);
        if (entry.kind === 'file' && other?.kind === 'file' && other.size === entry.size)
            paths.push(path);
    }
    return paths;
}
/** Plans the sync; throws when a planned path is unsafe (`checkPlanPaths`). */
async function planFromScans(run, context) {
    const { options, deps } = run;
    const { remoteDir, decision, remote, local } = context;
    const remoteTree = remote?.tree ?? filterTree(treeFromState(decision.state ?? emptyState), context.filter);
    const [source, target] = run.push ? [local.tree, remoteTree] : [remoteTree, local.tree];
    const candidates = decision.compare === 'size-time' || decision.compare === 'checksum' ? sameSizeFiles(source, target) : [];
    if (decision.compare === 'size-time' && remote !== undefined && !remote.hasTimes && candidates.length > 0) {
        await addRemoteTimes(deps.pool, remoteDir, remote.tree, candidates);
    }
    const method = decision.hashMethod;
    if (decision.compare === 'checksum' && method !== undefined && candidates.length > 0) {
        const digests = await remoteChecksums(deps.pool, remoteDir, candidates, method);
        for (const [path, digest] of digests) {
            const entry = remoteTree.get(path);
            if (entry?.kind === 'file')
                remoteTree.set(path, { ...entry, hashes: { ...entry.hashes, [method.algorithm]: digest } });
        }
        await addLocalHashes(options.localDir, local.tree, candidates, method.algorithm, run.tuning.hashConcurrency);
    }
    // Leftovers are removed only where no other sync can be writing them: under our lock, or on the local side.
    const leftovers = run.push ? (context.lock === undefined ? [] : (remote?.leftovers ?? [])) : local.leftovers;
    const plan = planSync({
        direction: options.direction,
        compare: decision.compare,
        preserveMtime: options.preserveMtime,
        checksumAlgorithm: method?.algorithm,
        adopting: decision.adopting,
        targetListed: remote !== undefined,
        source,
        target,
        state: decision.state,
        delete: options.delete,
        isProtected: createProtectMatcher(options.protect),
        leftovers,
    });
    checkPlanPaths(plan);
    return { plan, source };
}
//# sourceMappingURL=plan-from-scans.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/sync-options.js
/** The defaults: a checkpoint every 500 files or 30 s; a lock renewed every 20 s that expires a minute after. */
const defaultSyncTuning = {
    checkpoint: { everyFiles: 500, everyMs: 30_000 },
    lock: { ttlMs: 60_000, renewMs: 20_000, pollMs: 5_000 },
    hashConcurrency: 8,
};
//# sourceMappingURL=sync-options.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/sync-run-context.js

class SyncRunContext {
    options;
    deps;
    tuning;
    push;
    /** Things the user should know about how the sync decided; they end up in the result. */
    notes = [];
    features;
    constructor(options, deps) {
        this.options = options;
        this.deps = deps;
        this.tuning = { ...defaultSyncTuning, ...deps.tuning };
        this.push = options.direction === 'push';
    }
    /** FEAT on the control connection, once: both the checksum check and the state decision may ask. */
    async serverFeatures() {
        this.features ??= await this.deps.controlPool.run('FEAT', (client) => client.features());
        return this.features;
    }
    /** Logs a note and keeps it for the result (and so for the job summary). */
    note(message) {
        this.notes.push(message);
        this.deps.log.info(message);
    }
}
//# sourceMappingURL=sync-run-context.js.map
;// CONCATENATED MODULE: ./packages/core/lib/sync/sync.js
/**
 * One sync, start to end: lock the remote directory, scan both sides (the
 * local walk and its hashing run while the server is being asked), plan,
 * check the guards, apply, and keep the state file. Knows nothing of GitHub
 * Actions: the action and the CLI both call `syncTrees`.
 *
 * This file only puts the steps in order and holds the lock around them;
 * each step lives in a file of its own (see the imports).
 */













const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Makes the target tree equal the source tree (push: remote = local; pull:
 * local = remote), moving only what changed. Throws for what stops a sync
 * before it changes anything (a missing local directory, a lock held too
 * long, a server without the hash command `compare: checksum` needs, a lost
 * connection); a refused guard and failed paths come back in `failure`.
 */
async function syncTrees(options, deps) {
    const run = new SyncRunContext(options, deps);
    const started = deps.now();
    const remoteDir = await resolveRemoteDir(deps.controlPool, options.remoteDir);
    const statePath = isAbsoluteRemote(options.stateFile) ? normalizeRemote(options.stateFile) : joinRemote(remoteDir, options.stateFile);
    const lockPath = `${statePath}.lock`;
    const filter = createPathFilter({
        exclude: options.exclude,
        excludeDefaults: options.excludeDefaults,
        includeHidden: options.includeHidden,
        reserved: reservedPaths(remoteDir, statePath, lockPath),
    });
    const method = options.compare === 'checksum' ? await requireHashMethod(run) : undefined;
    const hashes = method !== undefined ? [method.algorithm] : run.push && options.compare === 'manifest' ? ['sha256'] : [];
    const localScan = scanLocalTree({
        root: options.localDir,
        filter,
        hash: run.push ? hashes : method === undefined ? [] : [method.algorithm],
        hashConcurrency: run.tuning.hashConcurrency,
        mustExist: run.push,
        log: deps.log,
    });
    // Awaited below; until then a failure must not count as unhandled.
    localScan.catch(() => undefined);
    let lock;
    try {
        let previewed;
        const locking = options.lock && !options.dryRun;
        if (locking) {
            /*
             * The transfers' connections log in while this one looks at the state
             * (the look needs only this one): a push with work then stores its
             * files while the lock settles instead of waiting for their logins. A
             * push the look shows has nothing to do opened them for nothing (they
             * quit at once, having sent nothing but their login).
             */
            deps.pool.warm?.(Number.POSITIVE_INFINITY);
            const preview = await finishIfNothingToDo(run, { remoteDir, statePath, local: localScan, filter, started });
            if (preview.result !== undefined)
                return preview.result;
            previewed = preview.previewed;
        }
        else if (options.lock) {
            deps.log.info('Dry run: the remote directory is not locked');
        }
        const planAndApply = async (speculate) => {
            const decision = await decideComparison(run, { remoteDir, statePath }, method, previewed, {
                speculate,
                ...(lock === undefined ? {} : { afterLockWritten: lock.written }),
            });
            // A manifest push trusts its state file; the server is listed only when asked to, or to finish an interrupted sync.
            const listTarget = !(run.push && decision.compare === 'manifest') || options.verifyRemote || decision.state?.complete === false;
            if (decision.state?.complete === false)
                run.note('The state file is a checkpoint of a sync that did not finish: the server is listed to finish the job.');
            // Listed only once our lock record is written: while it is, its temporary file is in the tree, and would pass for a leftover.
            if (listTarget || !run.push)
                await lock?.written;
            const remote = listTarget || !run.push ? await scanRemoteTree(deps.pool, remoteDir, { filter, mustExist: !run.push, log: deps.log }) : undefined;
            const local = await localScan;
            const planned = await planFromScans(run, { remoteDir, decision, remote, local, filter, lock });
            return await carryOutPlan(run, { ...planned, remoteDir, statePath, decision, remote, local, lock, started });
        };
        if (!locking)
            return await planAndApply(false);
        /*
         * The lock is claimed (our record written), and the plan made and its
         * files stored under temporary names while the record settles; nothing
         * shows on the server before the lock is confirmed ours (see
         * `carryOutPlan`'s publish gate). Lost to a sync that wrote its record
         * at the same moment, all is thrown away and the lock claimed again,
         * which waits for that sync.
         *
         * The first plan is made from the state as the look before the lock read
         * it, and the state is read again once our record is written; only when
         * both readings are the same may anything show. When they differ (a sync
         * finished in between), the staged files are removed and the plan made
         * again from the second reading, under the same lock.
         *
         * Why a state read made while our record settles is as good as one made
         * after the lock is confirmed: only a lock holder writes the state file,
         * and only while its record is on the server. Every holder before us
         * wrote its last state before removing its record (release runs after
         * the final write), so those writes had landed when our read of the lock
         * found it free, which came before this read; one whose record expired
         * is the same hazard for any reading (it stops at its next renewal, see
         * `assertHeld`). A sync racing us writes the state only once its own
         * record proved its, and then ours did not: this reading is thrown away.
         */
        const deadline = deps.now() + options.lockTimeoutMs;
        // The first plan is made from the look before the lock, checked against the reading made after our record was written.
        let speculate = true;
        for (;;) {
            lock ??= RemoteLock.begin(lockPath, deps.owner, Math.max(0, deadline - deps.now()), run.tuning.lock, {
                pool: deps.controlPool,
                log: deps.log,
                now: deps.now,
                clock: deps.clock ?? Date.now,
                sleep: deps.sleep ?? sleepFor,
                dirKnown: previewed?.path === statePath,
                // The read-back stays on the lock's own connection: the transfers' connections are busy staging data meanwhile.
            });
            // Planning and staging start once the lock was found free, while our record is written.
            await lock.writing;
            // A lock waited for was another sync's: the state it left is not the one the look before read.
            if (lock.waited)
                speculate = false;
            try {
                return await planAndApply(speculate);
            }
            catch (error) {
                speculate = false;
                // Our lock record stays; the plan is made again from the state as it is now.
                if (error instanceof StateChangedMeanwhile) {
                    deps.log.verbose('Dropped the plan made from the look before the lock (nothing of it went live): the state file changed meanwhile');
                    continue;
                }
                if (!(error instanceof LockRaceLost))
                    throw error;
                lock = undefined;
            }
        }
    }
    finally {
        await lock?.release();
    }
}
//# sourceMappingURL=sync.js.map
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./actions/sync/lib/lock-owner.js
/**
 * Who this sync is, for the lock file: the workflow run on GitHub Actions
 * (so a re-run of the same run takes its own lock over at once, and a
 * waiting deploy can say which run it waits for), else this process.
 */


/** The lock owner for this process, from the runner's environment. */
function lockOwner(env) {
    const runId = env.GITHUB_RUN_ID;
    if (runId === undefined || runId === '') {
        return { runId: `local-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`, host: (0,external_node_os_namespaceObject.hostname)(), description: `ftp-actions sync (process ${process.pid})` };
    }
    const parts = [
        env.GITHUB_REPOSITORY,
        env.GITHUB_WORKFLOW === undefined ? undefined : `workflow "${env.GITHUB_WORKFLOW}"`,
        `run ${runId}`,
    ];
    if (env.GITHUB_RUN_ATTEMPT !== undefined)
        parts.push(`attempt ${env.GITHUB_RUN_ATTEMPT}`);
    return { runId, host: (0,external_node_os_namespaceObject.hostname)(), description: parts.filter((part) => part !== undefined && part !== '').join(', ') };
}
//# sourceMappingURL=lock-owner.js.map
;// CONCATENATED MODULE: ./actions/sync/lib/outputs.js
/** Step outputs are limited (1 MiB each); the plan stops well short of that and says how much it left out. */
const maxPlanChars = 512 * 1024;
function outputEntry(entry, result) {
    const base = { path: entry.path, type: entry.kind, action: entry.action, reason: entry.reason };
    const outcome = result.outcomes.get(entry);
    if (result.dryRun || outcome === undefined || outcome.status === 'done')
        return base;
    return { ...base, result: outcome.status, ...(outcome.reason === undefined ? {} : { error: outcome.reason }) };
}
/** The `plan` output as JSON. */
function planJson(result) {
    const entries = [];
    let unchanged = 0;
    let chars = 0;
    let omitted = 0;
    for (const entry of result.plan.entries) {
        if (entry.unchanged === true) {
            unchanged += 1;
            continue;
        }
        const line = outputEntry(entry, result);
        chars += JSON.stringify(line).length + 1;
        if (chars > maxPlanChars)
            omitted += 1;
        else
            entries.push(line);
    }
    const output = { direction: result.direction, dryRun: result.dryRun, compare: result.compare, unchanged, entries, omitted };
    return JSON.stringify(output);
}
/** True when the sync moved anything (in a dry run: would move anything). */
function hasChanges(result) {
    const { uploaded, downloaded, deleted, created } = result.counts;
    return uploaded + downloaded + deleted + created > 0;
}
/** Every output action.yml declares. */
function syncOutputs(result) {
    return {
        'uploaded-count': result.counts.uploaded,
        'downloaded-count': result.counts.downloaded,
        'deleted-count': result.counts.deleted,
        'skipped-count': result.counts.skipped,
        'failed-count': result.counts.failed,
        bytes: result.bytes,
        changed: hasChanges(result),
        plan: planJson(result),
        'duration-ms': Math.round(result.durationMs),
    };
}
//# sourceMappingURL=outputs.js.map
// EXTERNAL MODULE: ./packages/core/lib/report/markdown.js
var markdown = __nccwpck_require__(172);
;// CONCATENATED MODULE: ./actions/sync/lib/summary.js
/**
 * The job summary: the verdict first (and "dry run" at the very top when it
 * is one), the totals, then the plan as tables grouped by action with the
 * reason for each path, folded when long.
 */


/** Groups longer than this are folded. */
const foldAfter = 20;
/** Rows shown per group; the summary must stay under GitHub's 1 MiB. */
const maxRows = 1000;
const groups = [
    { action: 'conflict', title: 'Conflicts', dryTitle: 'Conflicts' },
    { action: 'upload', title: 'Uploaded', dryTitle: 'Would upload' },
    { action: 'download', title: 'Downloaded', dryTitle: 'Would download' },
    { action: 'mkdir', title: 'Directories made', dryTitle: 'Would make directories' },
    { action: 'delete', title: 'Deleted', dryTitle: 'Would delete' },
    { action: 'skip', title: 'Left alone', dryTitle: 'Would leave alone' },
];
function pathCell(entry) {
    return entry.kind === 'directory' ? `${entry.path}/` : entry.path;
}
function groupTable(result, entries) {
    const shown = entries.slice(0, maxRows);
    const withResult = shown.some((entry) => {
        const status = result.outcomes.get(entry)?.status;
        return status !== undefined && status !== 'done';
    });
    const rows = shown.map((entry) => {
        const outcome = result.outcomes.get(entry);
        const row = [pathCell(entry), entry.reason];
        if (withResult)
            row.push(outcome === undefined
                ? undefined
                : outcome.status === 'done'
                    ? '✅'
                    : `${outcome.status === 'failed' ? '❌' : '➖'} ${outcome.reason ?? outcome.status}`);
        return row;
    });
    const more = entries.length > maxRows ? `\n\n… and ${entries.length - maxRows} more (the plan output lists them).` : '';
    return (0,markdown/* table */.tp)(withResult ? ['path', 'reason', 'result'] : ['path', 'reason'], rows) + more;
}
function planSections(result) {
    const parts = [];
    for (const group of groups) {
        const entries = result.plan.entries.filter((entry) => entry.action === group.action && entry.unchanged !== true);
        if (entries.length === 0)
            continue;
        const title = `${result.dryRun ? group.dryTitle : group.title} (${entries.length})`;
        parts.push(entries.length > foldAfter ? (0,markdown/* details */.zH)(title, groupTable(result, entries)) : `### ${title}\n\n${groupTable(result, entries)}`);
    }
    return parts;
}
function verdict(settings, result) {
    const { connection } = settings;
    const where = `${connection.host}:${result.remoteDir}`;
    const arrow = result.direction === 'push' ? `${result.localDir} → ${where}` : `${where} → ${result.localDir}`;
    const { uploaded, downloaded, deleted, failed } = result.counts;
    const moved = result.direction === 'push' ? `${uploaded} uploaded` : `${downloaded} downloaded`;
    if (result.dryRun) {
        const verb = result.direction === 'push' ? `${uploaded} to upload` : `${downloaded} to download`;
        return `## 🔎 Dry run: nothing was changed\n\nFTP sync (${result.direction}) ${arrow}: ${verb}, ${deleted} to delete${result.failure === undefined ? '' : ' (but the real run would be refused, see below)'}.`;
    }
    if (result.failure !== undefined)
        return `## ❌ FTP sync (${result.direction}) ${arrow}: ${moved}, ${deleted} deleted, ${failed} failed`;
    return `## ✅ FTP sync (${result.direction}) ${arrow}: ${moved}, ${deleted} deleted`;
}
function failureText(result) {
    const { failure } = result;
    if (failure === undefined)
        return undefined;
    const hint = 'hint' in failure && typeof failure.hint === 'string' ? `\n\n**Try:** ${failure.hint}` : '';
    return `**Reason:** ${(0,markdown/* cell */.Hn)(failure.message)}${hint}`;
}
/** The job summary of a sync. */
function syncSummary(settings, result) {
    const { sync } = settings;
    const unchanged = result.plan.entries.filter((entry) => entry.unchanged === true).length;
    const { uploaded, downloaded, deleted, created, skipped, failed } = result.counts;
    const totals = (0,markdown/* table */.tp)(['', 'files'], [
        [
            result.direction === 'push' ? 'uploaded' : 'downloaded',
            `${result.direction === 'push' ? uploaded : downloaded} (${prettyBytes(result.bytes)})`,
        ],
        ['deleted', deleted],
        ['directories made', created],
        ['unchanged', unchanged],
        ['left alone (protected, kept, delete off)', skipped - unchanged],
        ['failed', failed],
        ['time', `${(result.durationMs / 1000).toFixed(1)} s`],
    ]);
    const notes = result.notes.length === 0 ? undefined : result.notes.map((note) => `> ${note}`).join('\n>\n');
    const plan = planSections(result);
    const settingsTable = (0,markdown/* details */.zH)('Settings', (0,markdown/* table */.tp)(['setting', 'value'], [
        ['compare', result.compare === sync.compare ? sync.compare : `${result.compare} (instead of ${sync.compare}, this once)`],
        ['delete', sync.delete ? `yes, at most ${describeMaxDelete(sync.maxDelete)}` : 'no'],
        ['protect', sync.protect.join(', ')],
        ['exclude', [...(sync.excludeDefaults ? ['.git/', 'node_modules/'] : []), ...sync.exclude].join(', ')],
        ['hidden files', sync.includeHidden ? 'included' : 'left out'],
        ['lock', sync.lock ? 'yes' : 'no'],
        ['atomic', sync.atomic ? 'yes' : 'no'],
        ['concurrency', settings.connection.concurrency],
    ]));
    return (0,markdown/* sections */.V0)(verdict(settings, result), failureText(result), notes, totals, plan.length === 0 ? 'Nothing to change.' : plan.join('\n\n'), settingsTable);
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./actions/sync/lib/run.js
/**
 * Runs the sync over two pools (the transfers, and one connection for the
 * lock and the state file) and turns its result into outputs and a summary.
 * The step fails when a guard refused the plan or some paths failed.
 */




/** The action's `run`: sync, then outputs, summary and the failure (if any). */
async function runSync(settings, deps) {
    const pool = deps.openPool(settings.connection);
    // One more connection: the lock must be renewed however busy the transfers keep the pool.
    const controlPool = deps.openPool({ ...settings.connection, concurrency: 1 });
    const result = await syncTrees(settings.sync, { pool, controlPool, log: deps.log, now: deps.now, owner: lockOwner(process.env) });
    const { counts } = result;
    const verb = result.dryRun ? 'Dry run, nothing changed: would' : 'Done:';
    deps.log.info(`${verb} ${result.direction === 'push' ? `upload ${counts.uploaded}` : `download ${counts.downloaded}`}, delete ${counts.deleted}, ` +
        `make ${counts.created} directories; ${counts.skipped} skipped, ${counts.failed} failed`);
    return { outputs: syncOutputs(result), summary: syncSummary(settings, result), failure: result.failure };
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./actions/sync/lib/definition.js


/** The sync action: inputs, parser and run, for `runAction` and the CLI. */
const syncAction = {
    name: 'FTP sync',
    inputs: syncInputs,
    parse: (raw) => parseSyncInputs(raw),
    connectionOf: (settings) => settings.connection,
    run: runSync,
};
//# sourceMappingURL=definition.js.map

/***/ }),

/***/ 177:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ftp_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(947);


await (0,_ftp_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .syncAction */ .g);
//# sourceMappingURL=main.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  euz: () => (/* binding */ literal),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  YjP: () => (/* binding */ schemas_string),
  KCZ: () => (/* binding */ union)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, enum, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, unknown, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(473);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(842);
;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !core_util/* nullish */.cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : core_util/* floatSafeRemainder */.LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = core_util/* NUMBER_FORMAT_RANGES */.zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? core_util/* codePointLength */.O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = core_util/* escapeRegex */.sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${core_util/* escapeRegex */.sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${core_util/* escapeRegex */.sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...core_util/* prefixIssues */.lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    core_util/* hide */.jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...core_util/* normalizeParams */.A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...core_util/* normalizeParams */.A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...core_util/* normalizeParams */.A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...core_util/* normalizeParams */.A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...core_util/* normalizeParams */.A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...core_util/* normalizeParams */.A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...core_util/* normalizeParams */.A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...core_util/* normalizeParams */.A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => core_util/* slugify */.Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...core_util/* normalizeParams */.A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...core_util/* normalizeParams */.A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(842);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(473);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ }),

/***/ 531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ FtpActionError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   UC: () => (/* binding */ RemotePathError),
/* harmony export */   WM: () => (/* binding */ TlsError),
/* harmony export */   aG: () => (/* binding */ TransferError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   v3: () => (/* binding */ AuthenticationError)
/* harmony export */ });
/* unused harmony export CheckFailedError */
/**
 * The error hierarchy of the pack. Every error a user can see is one of these,
 * so `runAction` can print what failed, where, and what to try next.
 */
/** Base class: a message for the log plus an optional hint on what to try. */
class FtpActionError extends Error {
    /** What the user can try to fix it; printed after the message. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hint = options.hint;
    }
}
/** The user's inputs are wrong; lists every bad input at once. */
class ConfigurationError extends FtpActionError {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `  - ${issue.input}: ${issue.message}`);
        const noun = issues.length === 1 ? 'input is' : 'inputs are';
        super(`${issues.length} ${noun} not valid:\n${lines.join('\n')}`, {
            hint: 'Fix the inputs named above in the workflow file; nothing was changed on the server or on disk.',
        });
        this.issues = issues;
    }
}
class FtpReplyError extends FtpActionError {
    code;
    constructor(message, details = {}) {
        super(message, details);
        this.code = details.code;
    }
}
/** The TCP connection could not be made or was lost (refused, unknown host, timeout, 421). */
class ConnectionError extends FtpReplyError {
}
/** TLS could not be negotiated or the server's certificate was not trusted. */
class TlsError extends FtpReplyError {
}
/** The server refused the user name or password. */
class AuthenticationError extends FtpReplyError {
}
/** A remote path does not exist, is not a directory, or may not be used. */
class RemotePathError extends FtpReplyError {
    path;
    constructor(path, message, details = {}) {
        super(message, details);
        this.path = path;
    }
}
/** A file transfer failed. */
class TransferError extends FtpReplyError {
    path;
    constructor(path, message, details = {}) {
        super(message, details);
        this.path = path;
    }
}
/** A check the user asked for did not pass (e.g. a certificate expiring too soon). */
class CheckFailedError extends (/* unused pure expression or super */ null && (FtpActionError)) {
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ setDataSocket),
/* harmony export */   bw: () => (/* binding */ connectTlsDataSocket),
/* harmony export */   n7: () => (/* binding */ plainAddress),
/* harmony export */   vZ: () => (/* binding */ attachDataSocket)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(692);
/* harmony import */ var _tls_key_share_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(282);


/**
 * Sets `socket` as `ftp.dataSocket`. Over FTPS the client is the TLS client
 * on every data connection, also when the server opened the TCP connection
 * (active mode, RFC 4217 section 7), and it must resume the control
 * session: vsftpd and ProFTPD refuse data connections that do not.
 */
function attachDataSocket(ftp, socket) {
    if (!(ftp.socket instanceof node_tls__WEBPACK_IMPORTED_MODULE_0__.TLSSocket)) {
        setDataSocket(ftp, socket);
        return;
    }
    const secured = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.connect)({ ...ftp.tlsOptions, ...resumingControlSession(ftp), socket });
    keepNewestSession(ftp, secured);
    // basic-ftp removes every listener of a data socket it is done with, Node's
    // own among them, which frees the connection's OpenSSL state on close: the
    // state then waited for a garbage collection, and 20,000 small files over
    // FTPS held 600 MB. The TCP socket below keeps its listeners.
    socket.once('close', () => setImmediate(() => freeTlsState(secured)));
    setDataSocket(ftp, secured);
}
/**
 * A passive TLS data connection that `tls.connect` opens itself (not over a
 * TCP socket of ours), because only then does Node apply `onread`: the
 * decrypted data goes into `onread`'s buffers instead of a fresh 16 KiB
 * buffer per TLS record. Hand it to basic-ftp with `setDataSocket` once it
 * may carry data. Resumes the control connection's session, as
 * `attachDataSocket` does.
 */
function connectTlsDataSocket(ftp, host, port, onread) {
    // The certificate is checked against the name it was checked against over a
    // TCP socket of ours (the configured host), not the address connected to.
    const identity = ftp.tlsOptions.servername ?? ftp.tlsOptions.host ?? host;
    const check = ftp.tlsOptions.checkServerIdentity ?? node_tls__WEBPACK_IMPORTED_MODULE_0__.checkServerIdentity;
    // (Node's types leave `onread` out of the TLS options; `tls.connect` takes it.)
    const options = {
        ...ftp.tlsOptions,
        ...resumingControlSession(ftp),
        host,
        port,
        onread,
        checkServerIdentity: (_connectedTo, certificate) => check(identity, certificate),
    };
    const secured = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.connect)(options);
    keepNewestSession(ftp, secured);
    // Unlike a TLS layer over a TCP socket of ours (see `attachDataSocket`),
    // Node frees this socket's OpenSSL state itself when it closes, also after
    // basic-ftp has removed its listeners (measured under Node 24).
    return secured;
}
/** The shared TLS context and the session to resume, for a data connection of `ftp` (over TLS). */
function resumingControlSession(ftp) {
    return { secureContext: dataSecureContext(ftp), session: ftp.tlsSessionStore ?? ftp.socket.getSession() };
}
/** TLS 1.3 tickets are single-use: keep the newest for the next data connection. */
function keepNewestSession(ftp, secured) {
    secured.on('session', (session) => {
        ftp.tlsSessionStore = session;
    });
}
/**
 * One TLS context for all of a session's data connections. Without it Node
 * makes a context per connection, parsing the trusted CA certificates each
 * time, and frees it only with the connection's garbage. It offers first the
 * key-exchange group the control connection's handshake settled on, so no
 * data connection pays a HelloRetryRequest (see `tls-key-share.ts`).
 */
const dataContexts = new WeakMap();
function dataSecureContext(ftp) {
    let context = dataContexts.get(ftp);
    if (context === undefined) {
        const control = ftp.socket instanceof node_tls__WEBPACK_IMPORTED_MODULE_0__.TLSSocket ? ftp.socket : undefined;
        context = (0,_tls_key_share_js__WEBPACK_IMPORTED_MODULE_1__/* .contextPreferring */ .yi)(ftp.tlsOptions, control === undefined ? undefined : (0,_tls_key_share_js__WEBPACK_IMPORTED_MODULE_1__/* .negotiatedGroup */ .yI)(control));
        dataContexts.set(ftp, context);
    }
    return context;
}
/** What Node's TLSSocket does on close (`_destroySSL`), where basic-ftp took its listener away. */
function freeTlsState(socket) {
    const internals = socket;
    internals._destroySSL?.();
}
/** How long a failed data connection waits for the server's reply before the session is given up. */
const REPLY_GRACE_MS = 2000;
/**
 * Sets `socket` as `ftp.dataSocket`, with one change to basic-ftp's
 * handling: basic-ftp closes the whole session on any data-socket error at
 * once, but a data connection that fails because the server refused the
 * command (a 550 for RETR of a missing file, a 553 for STOR into a
 * read-only folder) is reset at about the moment the reply comes, and the
 * reply is what says why, and whether a retry can help. So the session is
 * closed only if no reply has settled the transfer within a short grace.
 * (A transfer already under way still fails at once: its stream reports
 * the error to basic-ftp's transfer handler.)
 */
function setDataSocket(ftp, socket) {
    const before = { error: socket.listeners('error'), close: socket.listeners('close') };
    ftp.dataSocket = socket;
    for (const listener of socket.listeners('error'))
        if (!before.error.includes(listener))
            socket.removeListener('error', listener);
    for (const listener of socket.listeners('close'))
        if (!before.close.includes(listener))
            socket.removeListener('close', listener);
    socket.once('error', (error) => {
        const timer = setTimeout(() => {
            if (ftp.dataSocket === socket)
                ftp.closeWithError(new Error(`${error.message} (data socket)`, { cause: error }));
        }, Math.min(REPLY_GRACE_MS, ftp.timeout || REPLY_GRACE_MS));
        timer.unref();
    });
}
/** The address without the `::ffff:` prefix a dual-stack socket gives IPv4 peers. */
function plainAddress(address) {
    return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
//# sourceMappingURL=data-socket.js.map

/***/ }),

/***/ 733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   sO: () => (/* binding */ toFtpActionError)
/* harmony export */ });
/* unused harmony export errorCode */
/* harmony import */ var basic_ftp__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(528);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(531);
/**
 * Turns what basic-ftp and Node throw (FTPError with a reply code, socket
 * errors with a `code`, TLS verification errors, plain timeouts) into the
 * pack's error classes, with a message that names the host and a hint.
 */


const certificateCodes = {
    CERT_HAS_EXPIRED: 'the certificate has expired',
    CERT_NOT_YET_VALID: 'the certificate is not valid yet',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted self-signed certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is signed by an unknown authority',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is signed by an unknown authority',
    UNABLE_TO_GET_ISSUER_CERT: 'the certificate is signed by an unknown authority',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate was issued for another host name',
    CERT_REVOKED: 'the certificate has been revoked',
};
const trustHint = 'If you trust this server, give its CA or self-signed certificate in tls-ca, or pin its SHA-256 fingerprint in tls-fingerprint; tls-verify: false turns checking off (not recommended).';
/** The `code` property Node puts on system and TLS errors, if any. */
function errorCode(error) {
    if (typeof error === 'object' && error !== null && 'code' in error) {
        if (typeof error.code === 'string')
            return error.code;
    }
    return undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The first line of an FTP reply, trimmed for messages. */
function replyText(error) {
    const first = error.message.split('\n')[0] ?? '';
    return `${error.code} ${first.replace(/^\d{3}[ -]/, '').trim()}`.trim();
}
/** Classifies any error thrown while talking to the server. Our own errors pass through unchanged. */
function toFtpActionError(error, context) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FtpActionError */ .BB)
        return error;
    const where = `${context.host}:${context.port}`;
    if (error instanceof basic_ftp__WEBPACK_IMPORTED_MODULE_0__.FTPError) {
        const reply = replyText(error);
        const details = { code: error.code, cause: error };
        if (error.code === 421) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} closed the session: ${reply}`, {
                ...details,
                hint: 'The server is shutting down or has too many connections; retry later or lower concurrency.',
            });
        }
        switch (context.stage) {
            case 'tls':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TlsError */ .WM(`${where} does not offer explicit TLS: AUTH TLS was answered "${reply}"`, {
                    ...details,
                    hint: 'Use protocol ftps-implicit if the server offers implicit TLS (usually on port 990), or protocol ftp only if you accept an unencrypted connection.',
                });
            case 'login':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthenticationError */ .v3(`${where} refused the login as "${context.username ?? ''}": ${reply}`, {
                    ...details,
                    hint: 'Check the username and password inputs (and that the secret is set for this repository or environment).',
                });
            case 'path':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemotePathError */ .UC(context.path ?? '', `${where} refused the remote path "${context.path ?? ''}": ${reply}`, {
                    ...details,
                    hint: 'Check that the path exists and that this user may use it.',
                });
            case 'transfer':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransferError */ .aG(context.path ?? '', `Transfer of "${context.path ?? ''}" failed on ${where}: ${reply}`, details);
            default:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} answered "${reply}"`, details);
        }
    }
    const code = errorCode(error);
    const message = messageOf(error);
    if (code !== undefined && code in certificateCodes) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TlsError */ .WM(`The TLS certificate of ${where} is not trusted: ${certificateCodes[code]} (${code})`, {
            cause: error,
            hint: trustHint,
        });
    }
    if ((code !== undefined && code.startsWith('ERR_SSL')) || /SSL routines|wrong version number|handshake/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TlsError */ .WM(`TLS negotiation with ${where} failed: ${message}`, {
            cause: error,
            hint: 'Check the protocol input: ftps for explicit TLS (usually port 21), ftps-implicit for implicit TLS (usually port 990).',
        });
    }
    switch (code) {
        case 'ECONNREFUSED':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`Connection to ${where} was refused`, {
                cause: error,
                hint: 'Check the server and port inputs, and that the FTP server is running and reachable from this runner.',
            });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
        case 'EAI_NONAME':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`The host name "${context.host}" could not be resolved (${code})`, {
                cause: error,
                hint: 'Check the server input for typos; it takes a host name or address, without ftp://.',
            });
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} cannot be reached from this runner (${code})`, { cause: error });
        case 'ECONNRESET':
        case 'EPIPE':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} closed the connection unexpectedly (${code})`, { cause: error });
        default:
            break;
    }
    if (/^Timeout \(/.test(message) || code === 'ETIMEDOUT') {
        const seconds = context.timeoutMs === undefined ? '' : ` within ${context.timeoutMs / 1000} s`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} did not answer${seconds} (while ${describeStage(context.stage)})`, {
            cause: error,
            hint: 'The server may be down, overloaded or behind a firewall that drops packets; raise timeout if it is just slow.',
        });
    }
    if (/control response exceeded maximum allowed size/i.test(message)) {
        // basic-ftp's cap on one reply: what a reply that never ends runs into.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} sent a reply of more than 64 KiB without ending it (while ${describeStage(context.stage)})`, {
            cause: error,
            hint: 'This does not behave like an FTP server; check the server and port inputs.',
        });
    }
    if (/closed connection unexpectedly|sent FIN packet|transmission error/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`${where} closed the connection while ${describeStage(context.stage)}: ${message}`, { cause: error });
    }
    if (context.stage === 'transfer') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransferError */ .aG(context.path ?? '', `Transfer of "${context.path ?? ''}" failed on ${where}: ${message}`, { cause: error });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(`Talking to ${where} failed while ${describeStage(context.stage)}: ${message}`, { cause: error });
}
function describeStage(stage) {
    switch (stage) {
        case 'connect':
            return 'connecting';
        case 'tls':
            return 'negotiating TLS';
        case 'login':
            return 'logging in';
        case 'path':
            return 'opening a remote path';
        case 'transfer':
            return 'transferring a file';
        default:
            return 'sending a command';
    }
}
const transientReplyCodes = new Set([421, 425, 426, 450, 451, 452]);
const transientSocketCodes = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNABORTED', 'EAI_AGAIN']);
/**
 * True for failures that may pass on a fresh attempt: lost or timed-out
 * connections and the FTP replies that mean "try again" (421, 425, 426, 450,
 * 451, 452). Permanent replies (530, 550, 553…) and TLS trust failures are
 * not retried: repeating them changes nothing.
 */
function isTransient(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthenticationError */ .v3 || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TlsError */ .WM)
        return false;
    const cause = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FtpActionError */ .BB && error.cause !== undefined ? error.cause : error;
    // Some servers (ftp-srv) answer a transfer whose data connection was reset
    // with a 5xx quoting the socket error ("551 read ECONNRESET"): that is a
    // broken connection, not a refusal, and worth another attempt.
    if (cause instanceof basic_ftp__WEBPACK_IMPORTED_MODULE_0__.FTPError)
        return transientReplyCodes.has(cause.code) || /\b(ECONNRESET|EPIPE|ETIMEDOUT)\b/.test(cause.message);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc && error.code !== undefined)
        return transientReplyCodes.has(error.code);
    const code = errorCode(cause);
    if (code !== undefined && transientSocketCodes.has(code))
        return true;
    const message = messageOf(cause);
    return /^Timeout \(|Client is closed|closed connection unexpectedly|sent FIN packet|transmission error/i.test(message);
}
//# sourceMappingURL=failure.js.map

/***/ }),

/***/ 801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ maxListingBytes),
/* harmony export */   DU: () => (/* binding */ lastListing),
/* harmony export */   EH: () => (/* binding */ ListingTooLargeError),
/* harmony export */   jV: () => (/* binding */ watchListings),
/* harmony export */   nP: () => (/* binding */ UnterminatedListingError)
/* harmony export */ });
/* unused harmony export maxListingEntries */
/**
 * The most a single listing may take in memory (basic-ftp buffers a listing
 * whole before parsing it). 40 MiB is basic-ftp's own default, some 400,000
 * entries of LIST output; set explicitly because the error message names it.
 */
const maxListingBytes = 40 * 1024 * 1024;
/**
 * The most entries one listing may have. Each entry costs about 3 KiB on
 * its way through a download (parsed, matched, planned, reported; measured
 * 600 MB peak for a dry run of 199,000), so this bounds a single listing
 * near 300 MB. pure-ftpd stops at 10,000 by default; a directory beyond
 * this is better split than fetched in one go.
 */
const maxListingEntries = 100_000;
/** A listing over `maxListingBytes` or `maxListingEntries`. */
class ListingTooLargeError extends Error {
}
/**
 * A listing whose last line has no line break: possibly cut mid-line.
 * Thrown before basic-ftp parses it, which would otherwise pick its parser
 * by that broken last line and fail with "This library only supports…".
 */
class UnterminatedListingError extends Error {
    raw;
    constructor(raw) {
        super('the listing ended in the middle of a line: its data connection was cut short');
        this.raw = raw;
    }
}
/** Counts line breaks up to `limit + 1`, without splitting the text. */
function exceedsLines(raw, limit) {
    let lines = 0;
    for (let at = raw.indexOf('\n'); at >= 0; at = raw.indexOf('\n', at + 1)) {
        lines += 1;
        if (lines > limit)
            return true;
    }
    return false;
}
const records = new WeakMap();
/** The last listing `client` received, if it is watched and has listed anything. */
function lastListing(client) {
    return records.get(client);
}
/** Starts recording `client`'s listings; call once, after login. */
function watchListings(client) {
    let lastReply = '';
    const { ftp } = client;
    const handle = ftp.handle.bind(ftp);
    // The closing reply of a transfer reaches only its task's handler; note
    // the last positive completion on the way (one command runs at a time).
    ftp.handle = (command, handler) => handle(command, (response, task) => {
        if (!(response instanceof Error) && response.code >= 200 && response.code < 300)
            lastReply = response.message;
        handler(response, task);
    });
    const parse = client.parseList;
    // basic-ftp calls parseList right after the listing's 226, with nothing in between.
    client.parseList = (raw) => {
        records.set(client, { raw, reply: lastReply });
        // Checked before parsing: parsed entries take ten times the text's memory.
        if (exceedsLines(raw, maxListingEntries))
            throw new ListingTooLargeError(`more than ${maxListingEntries} entries`);
        if (raw !== '' && !raw.endsWith('\n'))
            throw new UnterminatedListingError(raw);
        return parse(raw);
    };
}
//# sourceMappingURL=listing-watch.js.map

/***/ }),

/***/ 848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ settlePassiveMode),
/* harmony export */   Yt: () => (/* binding */ settledPassiveCommand),
/* harmony export */   jz: () => (/* binding */ usesPassiveMode)
/* harmony export */ });
/* unused harmony exports parsePasvPort, parseEpsvPort, passiveStrategy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(30);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(692);
/* harmony import */ var _data_socket_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(649);
/* harmony import */ var _passive_reply_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(396);
/* harmony import */ var _read_buffers_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(25);
/**
 * Passive data connections: EPSV, else PASV with the address in the reply
 * ignored and the control connection's host used.
 *
 * basic-ftp's default PASV either refuses a reply naming another host or,
 * with `allowSeparateTransferHost`, connects wherever the server says. A
 * server behind badly configured NAT announces its private address, and a
 * hostile one can name any host on the runner's network (FTP bounce); curl
 * ignores the PASV address by default for both reasons, and so do we.
 *
 * Round trips: once a session has proven its passive command (the first
 * transfer waits for the data connection to open, so a port that cannot be
 * reached falls back to the next command), later transfers hand basic-ftp
 * a data socket that is still connecting. The transfer command (STOR, RETR,
 * MLSD) then goes out while the TCP handshake runs, instead of one round
 * trip later, which is what servers expect anyway: they accept the data
 * connection when the command arrives. A failed connect closes the session
 * through basic-ftp's data-socket error handler, and the pool's retry opens
 * a new one.
 */





/** Sessions whose transfers use passive mode (the default), as opposed to active mode. */
const passiveSessions = new WeakSet();
/** True for a session set up for passive mode: its data socket exists once `prepareTransfer` returns. */
function usesPassiveMode(ftp) {
    return passiveSessions.has(ftp);
}
/** The passive command each session settled on: an atomic upload asks for the next one ahead of time. */
const settledCommand = new WeakMap();
/** The passive command `ftp` uses for its transfers, once its first transfer has shown one works. */
function settledPassiveCommand(ftp) {
    return settledCommand.get(ftp);
}
/** The port of a PASV reply, "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)". */
function parsePasvPort(message) {
    // Anchored at the start of a number, so a long run of digits cannot make the match quadratic.
    const match = /(?<![\d])(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(message);
    const port = match === null ? Number.NaN : Number(match[5]) * 256 + Number(match[6]);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Error(`Can't parse response to 'PASV': ${message}`);
    return port;
}
/** The port of an EPSV reply, "229 Entering Extended Passive Mode (|||6446|)" (IBM i uses "!" for "|"). */
function parseEpsvPort(message) {
    const match = /\(([|!])\1\1(\d{1,5})\1\)/.exec(message);
    const port = match === null ? Number.NaN : Number(match[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Error(`Can't parse response to 'EPSV': ${message}`);
    return port;
}
/** The port of a reply to `command`. */
function portOf(command, message) {
    return command === 'EPSV' ? parseEpsvPort(message) : parsePasvPort(message);
}
/** Waits until `socket` is connected, within the client's timeout. */
function connected(socket, host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const fail = (error) => {
            socket.destroy();
            reject(new Error(`Can't open data connection in passive mode: ${error.message}`, { cause: error }));
        };
        socket.setTimeout(timeoutMs);
        socket.once('error', fail);
        socket.once('timeout', () => fail(new Error(`Timeout when trying to open data connection to ${host}:${port}`)));
        socket.once('connect', () => {
            socket.setTimeout(0);
            socket.removeListener('error', fail);
            socket.removeAllListeners('timeout');
            resolve();
        });
    });
}
/**
 * A passive strategy: `command` (or its reply asked for ahead of time),
 * then a data connection to the control connection's host on the port the
 * server gave; with `awaitConnect: false` the socket is handed over while
 * it still connects.
 */
function passiveStrategy(command, options) {
    return async (ftp) => {
        const reply = (0,_passive_reply_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .takePassiveReply */ .R)(ftp, command) ?? (await ftp.request(command));
        const port = portOf(command, reply.message);
        const host = ftp.socket.remoteAddress;
        if (host === undefined)
            throw new Error("Control socket is disconnected, can't get remote address.");
        if (command === 'PASV')
            ftp.log(`Connecting the data connection to the control host ${(0,_data_socket_js__WEBPACK_IMPORTED_MODULE_3__/* .plainAddress */ .n7)(host)}:${port}, whatever address PASV named`);
        // Data connections read into the session's pooled buffers (see
        // read-buffers.ts). Over TLS that takes a socket `tls.connect` opens itself.
        // (The callbacks run only once data arrives, long after the sockets are set.)
        if (ftp.socket instanceof node_tls__WEBPACK_IMPORTED_MODULE_1__.TLSSocket) {
            const secured = (0,_data_socket_js__WEBPACK_IMPORTED_MODULE_3__/* .connectTlsDataSocket */ .bw)(ftp, host, port, (0,_read_buffers_js__WEBPACK_IMPORTED_MODULE_4__/* .pooledReads */ .f)(ftp, () => secured));
            if (options.awaitConnect)
                await connected(secured, host, port, ftp.timeout);
            (0,_data_socket_js__WEBPACK_IMPORTED_MODULE_3__/* .setDataSocket */ .Oz)(ftp, secured);
            return reply;
        }
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0__.connect({ host, port, onread: (0,_read_buffers_js__WEBPACK_IMPORTED_MODULE_4__/* .pooledReads */ .f)(ftp, () => socket) });
        if (options.awaitConnect)
            await connected(socket, host, port, ftp.timeout);
        (0,_data_socket_js__WEBPACK_IMPORTED_MODULE_3__/* .attachDataSocket */ .vZ)(ftp, socket);
        return reply;
    };
}
/**
 * Tries EPSV, then PASV, each waiting for the data connection, until one
 * works; then keeps that command for the session (as basic-ftp does), so a
 * server without EPSV costs one refusal, not one per transfer, and later
 * transfers no longer wait for the connect.
 */
function settlePassiveMode(ftp, keep) {
    passiveSessions.add(ftp);
    return async () => {
        let lastError = new Error('no transfer strategy to try');
        for (const command of ['EPSV', 'PASV']) {
            try {
                const reply = await passiveStrategy(command, { awaitConnect: true })(ftp);
                settledCommand.set(ftp, command);
                keep(passiveStrategy(command, { awaitConnect: false }));
                return reply;
            }
            catch (error) {
                // Any failure, not only a refusal: some servers answer EPSV with a PASV-style reply.
                lastError = error;
            }
        }
        const reason = lastError instanceof Error ? lastError.message : String(lastError);
        throw new Error(`None of the available transfer strategies work. Last error response was '${reason}'.`, { cause: lastError });
    };
}
//# sourceMappingURL=passive-mode.js.map

/***/ }),

/***/ 396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ takePassiveReply),
/* harmony export */   j: () => (/* binding */ keepPassiveReply)
/* harmony export */ });
/** Well under every server's accept timeout we know of (vsftpd 60 s, pure-ftpd and ProFTPD longer). */
const MAX_AGE_MS = 10_000;
const cache = new WeakMap();
/** Keeps `reply` to `command` for the next transfer on `ftp`. */
function keepPassiveReply(ftp, command, reply) {
    cache.set(ftp, { command, reply, sentBytes: ftp.socket.bytesWritten, at: performance.now() });
}
/** The kept reply to `command`, once, if nothing was sent since and it is young enough. */
function takePassiveReply(ftp, command) {
    const cached = cache.get(ftp);
    if (cached === undefined)
        return undefined;
    cache.delete(ftp);
    const untouched = cached.command === command && ftp.socket.bytesWritten === cached.sentBytes;
    const young = performance.now() - cached.at < MAX_AGE_MS;
    return untouched && young ? cached.reply : undefined;
}
//# sourceMappingURL=passive-reply-cache.js.map

/***/ }),

/***/ 273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ rememberOutOfStep),
/* harmony export */   FN: () => (/* binding */ serverOf),
/* harmony export */   M0: () => (/* binding */ keepsRepliesInStep),
/* harmony export */   tM: () => (/* binding */ sendTogether)
/* harmony export */ });
/* harmony import */ var basic_ftp__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(528);
/**
 * Several commands sent in one go, their replies collected in order: one
 * round trip instead of one per command. RFC 959 servers read the control
 * connection as a stream and answer each command in turn, and the three
 * Debian servers take RNFR, RNTO and the next EPSV together (SERVERS.md,
 * Round trips). Only commands whose replies need not be seen before the
 * next is sent belong here; a transfer's 226 must have arrived first (an
 * EPSV sent during a transfer is refused).
 */

/** Servers (host:port) whose replies to commands sent together came out of step once: no more sending together to them in this process. */
const lockstepServers = new Set();
/** The server `ftp` is connected to; name it before sending, as a closed socket no longer knows its peer. */
function serverOf(ftp) {
    return `${ftp.socket.remoteAddress ?? '?'}:${ftp.socket.remotePort ?? '?'}`;
}
/** False once `ftp`'s server has answered commands sent together out of step. */
function keepsRepliesInStep(ftp) {
    return !lockstepServers.has(serverOf(ftp));
}
/** Records that `server` (see `serverOf`) answered commands sent together out of step. */
function rememberOutOfStep(server) {
    lockstepServers.add(server);
}
/**
 * Sends `commands` at once and resolves with one final reply per command
 * (preliminary 1xx replies are skipped). Rejects only when the connection
 * fails or times out, never for a refusal: the caller reads each reply.
 */
function sendTogether(ftp, commands) {
    const replies = [];
    const task = ftp.handle(undefined, (reply, resolver) => {
        if (reply instanceof basic_ftp__WEBPACK_IMPORTED_MODULE_0__.FTPError) {
            replies.push(reply);
        }
        else if (reply instanceof Error) {
            resolver.reject(reply);
            return;
        }
        else if (reply.code >= 200) {
            replies.push(reply);
        }
        if (replies.length === commands.length)
            resolver.resolve({ code: 0, message: '' });
    });
    try {
        for (const command of commands)
            ftp.send(command);
    }
    catch (error) {
        // A command with a line break: refused before anything went out, unless an earlier one did.
        ftp.closeWithError(error instanceof Error ? error : new Error(String(error)));
    }
    return task.then(() => replies);
}
//# sourceMappingURL=pipeline.js.map

/***/ }),

/***/ 25:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ pooledReads),
/* harmony export */   n: () => (/* binding */ releaseReadChunk)
/* harmony export */ });
/** Slab size while reads come in smaller than offered, as Node's own read size. */
const smallSlabBytes = 64 * 1024;
/** Slab size once a read has filled what it was offered. */
const largeSlabBytes = 1024 * 1024;
/** A read is offered no less than this: a slab with less left is retired. */
const leastReadBytes = 16 * 1024;
/** Free bytes a pool keeps of each slab size: more than a download holds at once (the local file writer writes each chunk as it comes). */
const keptBytes = 4 * 1024 * 1024;
/** Memory that one socket's reads fill front to back. */
class Slab {
    memory;
    /** Where the next read goes. */
    filled = 0;
    /** Chunks read into it and not yet released, plus one while its socket may still read into it. */
    holds = 0;
    constructor(memory) {
        this.memory = memory;
    }
}
/** The free slabs of one session, by size. */
class SlabPool {
    free = new Map([
        [smallSlabBytes, []],
        [largeSlabBytes, []],
    ]);
    take(bytes) {
        return this.free.get(bytes)?.pop() ?? new Slab(Buffer.allocUnsafeSlow(bytes));
    }
    /** Drops one hold on `slab`; the last one returns it to the pool, empty. */
    release(slab) {
        slab.holds -= 1;
        if (slab.holds > 0)
            return;
        const free = this.free.get(slab.memory.length);
        if (free === undefined || (free.length + 1) * slab.memory.length > keptBytes)
            return;
        slab.filled = 0;
        free.push(slab);
    }
}
const pools = new WeakMap();
/** The pushed chunks not yet released: each one's pool and slab. */
const lent = new WeakMap();
function poolOf(ftp) {
    let pool = pools.get(ftp);
    if (pool === undefined) {
        pool = new SlabPool();
        pools.set(ftp, pool);
    }
    return pool;
}
/**
 * The `onread` option for a data socket of `ftp` (plain, or the TCP socket
 * under TLS): reads go into the session's pooled slabs and are pushed to the
 * socket's readers as usual. `socket` returns the socket the option was
 * given to. Node asks for the first read's buffer while it makes the socket
 * (before `socket` can return it), then for each next one only after the
 * last read's callback: a socket has one offered buffer at a time.
 */
function pooledReads(ftp, socket) {
    const pool = poolOf(ftp);
    let slabBytes = smallSlabBytes;
    let current;
    let watchingClose = false;
    const retire = () => {
        if (current === undefined)
            return;
        pool.release(current);
        current = undefined;
    };
    return {
        buffer: () => {
            if (current !== undefined && current.memory.length - current.filled < leastReadBytes)
                retire();
            if (current === undefined) {
                current = pool.take(slabBytes);
                current.holds += 1;
            }
            return current.memory.subarray(current.filled);
        },
        callback: (bytes, buffer) => {
            const target = socket();
            const slab = current;
            if (target === undefined || target.destroyed || slab === undefined)
                return false;
            if (!watchingClose) {
                // Once the socket is gone its last slab goes back with the chunks read into it.
                // (A socket that reads nothing leaves its first slab to the garbage collector.)
                target.once('close', retire);
                watchingClose = true;
            }
            const chunk = buffer.subarray(0, bytes);
            slab.filled += bytes;
            slab.holds += 1;
            lent.set(chunk, { pool, slab });
            if (bytes === buffer.length && slabBytes === smallSlabBytes) {
                slabBytes = largeSlabBytes;
                retire();
            }
            // false stops reading until the socket's readers want more, as Node's own reads do.
            return target.push(chunk);
        },
    };
}
/** Releases the memory behind `chunk`, if a data socket read it; the caller is done with the chunk. */
function releaseReadChunk(chunk) {
    const owner = lent.get(chunk);
    if (owner === undefined)
        return;
    lent.delete(chunk);
    owner.pool.release(owner.slab);
}
//# sourceMappingURL=read-buffers.js.map

/***/ }),

/***/ 67:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ replyCode),
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var basic_ftp__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(528);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(531);
/**
 * Reading FTP replies out of errors, for messages that quote the server
 * ("550 Permission denied") rather than a stack of wrappers around it.
 */


/** The FTP reply code carried by `error` (or by its cause), if any. */
function replyCode(error) {
    if (error instanceof basic_ftp__WEBPACK_IMPORTED_MODULE_0__.FTPError)
        return error.code;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FtpActionError */ .BB) {
        if ('code' in error && typeof error.code === 'number')
            return error.code;
        return replyCode(error.cause);
    }
    return undefined;
}
/** "550 Permission denied" for an FTP reply, else the first line of the error's message. */
function describeError(error) {
    if (error instanceof basic_ftp__WEBPACK_IMPORTED_MODULE_0__.FTPError) {
        const first = error.message.split(/\r?\n/)[0] ?? '';
        const text = first.replace(/^\d{3}[ -]?/, '').trim();
        return text === '' ? String(error.code) : `${error.code} ${text}`;
    }
    // OpenSSL and some socket errors end in a newline or run over several lines.
    const text = error instanceof Error ? error.message : String(error);
    return (text
        .split(/\r?\n/)
        .find((line) => line.trim() !== '')
        ?.trim() ?? text);
}
//# sourceMappingURL=reply.js.map

/***/ }),

/***/ 803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ withRetry)
});

;// CONCATENATED MODULE: ./node_modules/.pnpm/is-network-error@1.3.2/node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/p-retry@7.1.1/node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {min = 0, allowInfinity = false} = {}) {
	if (value === undefined) {
		return;
	}

	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < min) {
		throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
	}
}

class AbortError extends Error {
	constructor(message) {
		super();

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			this.originalError = new Error(message);
			this.originalError.stack = this.stack;
		}

		this.name = 'AbortError';
		this.message = message;
	}
}

function calculateDelay(retriesConsumed, options) {
	const attempt = Math.max(1, retriesConsumed + 1);
	const random = options.randomize ? (Math.random() + 1) : 1;

	let timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));
	timeout = Math.min(timeout, options.maxTimeout);

	return timeout;
}

function calculateRemainingTime(start, max) {
	if (!Number.isFinite(max)) {
		return max;
	}

	return max - (performance.now() - start);
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);

	if (normalizedError instanceof AbortError) {
		throw normalizedError.originalError;
	}

	const retriesLeft = Number.isFinite(options.retries)
		? Math.max(0, options.retries - retriesConsumed)
		: options.retries;

	const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;

	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
	});

	await options.onFailedAttempt(context);

	if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
		throw normalizedError;
	}

	const consumeRetry = await options.shouldConsumeRetry(context);

	const remainingTime = calculateRemainingTime(startTime, maxRetryTime);

	if (remainingTime <= 0 || retriesLeft <= 0) {
		throw normalizedError;
	}

	if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
		if (consumeRetry) {
			throw normalizedError;
		}

		options.signal?.throwIfAborted();
		return false;
	}

	if (!await options.shouldRetry(context)) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		options.signal?.throwIfAborted();
		return false;
	}

	const delayTime = calculateDelay(retriesConsumed, options);
	const finalDelay = Math.min(delayTime, remainingTime);

	options.signal?.throwIfAborted();

	if (finalDelay > 0) {
		await new Promise((resolve, reject) => {
			const onAbort = () => {
				clearTimeout(timeoutToken);
				options.signal?.removeEventListener('abort', onAbort);
				reject(options.signal.reason);
			};

			const timeoutToken = setTimeout(() => {
				options.signal?.removeEventListener('abort', onAbort);
				resolve();
			}, finalDelay);

			if (options.unref) {
				timeoutToken.unref?.();
			}

			options.signal?.addEventListener('abort', onAbort, {once: true});
		});
	}

	options.signal?.throwIfAborted();

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.retries ??= 10;
	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Number.POSITIVE_INFINITY;
	options.maxRetryTime ??= Number.POSITIVE_INFINITY;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate numeric options and normalize edge cases
	validateNumberOption('factor', options.factor, {min: 0, allowInfinity: false});
	validateNumberOption('minTimeout', options.minTimeout, {min: 0, allowInfinity: false});
	validateNumberOption('maxTimeout', options.maxTimeout, {min: 0, allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {min: 0, allowInfinity: true});

	// Treat non-positive factor as 1 to avoid zero backoff or negative behavior
	if (!(options.factor > 0)) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Should not reach here, but in case it does, throw an error
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

// EXTERNAL MODULE: ./packages/core/lib/ftp/failure.js
var failure = __nccwpck_require__(733);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/retry.js
/**
 * Retries with exponential backoff and jitter. p-retry does the timing (a
 * small, well-kept library; backoff maths is easy to get subtly wrong); this
 * file decides what is worth retrying and says so in the log.
 */


/** Runs `operation`, retrying transient failures; the last failure is thrown as it was. */
async function withRetry(operation, options) {
    const shouldRetry = options.shouldRetry ?? failure/* isTransient */.dg;
    return pRetry(operation, {
        retries: options.retries,
        factor: 2,
        minTimeout: options.minDelayMs ?? 500,
        maxTimeout: options.maxDelayMs ?? 10_000,
        randomize: true,
        // The backoff timer must hold the process open: when every connection
        // has just died, it is the only thing left, and an unref'd timer let
        // Node exit mid-action with code 13 ("unsettled top-level await") and
        // no error at all.
        shouldRetry: ({ error }) => shouldRetry(error),
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0 && shouldRetry(error)) {
                options.log.warning(`${options.description} failed (attempt ${attemptNumber}): ${error.message}; retrying`);
            }
        },
    });
}
//# sourceMappingURL=retry.js.map

/***/ }),

/***/ 282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   fN: () => (/* binding */ rememberGroup),
/* harmony export */   yI: () => (/* binding */ negotiatedGroup),
/* harmony export */   yi: () => (/* binding */ contextPreferring)
/* harmony export */ });
/* unused harmony exports preferGroup, firstContact */
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(692);
/**
 * Which key-exchange group a server takes in TLS 1.3. A TLS 1.3 client
 * sends key shares for the groups it guesses (Node: X25519, and with
 * OpenSSL 3.5 also the X25519/ML-KEM hybrid); a server that takes neither
 * answers HelloRetryRequest, and the handshake costs one more round trip.
 * pure-ftpd and vsftpd take only P-256, so over FTPS every data connection
 * paid that round trip: a quarter of the time of each small file at 40 ms
 * (measured: 4.2 instead of 3.2 round trips from EPSV to a secured data
 * connection). GnuTLS clients (lftp) send several key shares and never paid
 * it.
 *
 * So the first connection to a server sends a P-256 share as well, where
 * OpenSSL can (3.5, Node 24); every later handshake with that server, data
 * connections included, offers first the group the first one settled on.
 */

/**
 * OpenSSL 3.5's default groups, with a key share for P-256 too (`*`); `?`
 * skips a group this OpenSSL does not know. Older OpenSSL refuses the
 * syntax, and the first handshake there may pay the retry.
 */
const BOTH_GUESSES = '?*X25519MLKEM768 / ?*X25519:?*secp256r1 / ?X448:?secp384r1:?secp521r1 / ?ffdhe2048:?ffdhe3072';
/** What follows a learned group, so a server that changes its mind still finds a common one. */
const FALLBACK_GROUPS = ['X25519', 'prime256v1', 'secp384r1', 'secp521r1'];
/** Group lists by whether this OpenSSL takes them. */
const acceptedLists = new Map();
function accepted(list) {
    let known = acceptedLists.get(list);
    if (known === undefined) {
        try {
            // An empty CA list: without one, Node loads its bundled root
            // certificates into the probe's context (4 to 8 ms under Node 24),
            // which only checks that OpenSSL takes the group list.
            (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)({ ecdhCurve: list, ca: [] });
            known = true;
        }
        catch {
            known = false;
        }
        acceptedLists.set(list, known);
    }
    return known;
}
/** The group a finished handshake on `socket` used, when it is a named (EC) group. */
function negotiatedGroup(socket) {
    const info = socket.getEphemeralKeyInfo();
    return info?.type === 'ECDH' && typeof info.name === 'string' && info.name !== '' ? info.name : undefined;
}
/** `options` offering `group` first (its key share only), or unchanged when no group is known or OpenSSL does not know its name. */
function preferGroup(options, group) {
    if (group === undefined)
        return options;
    const rest = FALLBACK_GROUPS.filter((name) => name.toLowerCase() !== group.toLowerCase());
    const list = [group, ...rest].join(':');
    return accepted(list) ? { ...options, ecdhCurve: list } : options;
}
/** `options` for a first handshake with a server: key shares for both usual guesses where OpenSSL can. */
function firstContact(options) {
    return accepted(BOTH_GUESSES) ? { ...options, ecdhCurve: BOTH_GUESSES } : options;
}
/** A secure context for `options` with `group` offered first. */
function contextPreferring(options, group) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)(preferGroup(options, group));
}
/** Groups learned per server ("host:port"), for the connections opened after the first. */
const learned = new Map();
function rememberGroup(server, socket) {
    const group = negotiatedGroup(socket);
    if (group !== undefined)
        learned.set(server, group);
}
/** `options` for a new connection to `server`: its learned group first, else both usual guesses. */
function optionsFor(server, options) {
    const group = learned.get(server);
    return group === undefined ? firstContact(options) : preferGroup(options, group);
}
//# sourceMappingURL=tls-key-share.js.map

/***/ }),

/***/ 172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   V0: () => (/* binding */ sections),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Small builders for the job summary's Markdown. Pure functions, so each
 * action's summary can be tested as text.
 */
/** Escapes text for a Markdown table cell. */
function cell(value) {
    if (value === undefined || value === '')
        return '–';
    return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table with a header row. */
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
/** A folded block, for long lists. */
function details(summaryText, body) {
    return `<details><summary>${summaryText}</summary>\n\n${body}\n\n</details>`;
}
/** Joins non-empty sections with blank lines. */
function sections(...parts) {
    return parts.filter((part) => part !== undefined && part !== '').join('\n\n') + '\n';
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 46:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: describeFailure

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./packages/core/lib/memory-keeper.js
/**
 * Keeps a long run's resident memory near what it really holds.
 *
 * Pushing 20,000 small files allocates a few gigabytes of short-lived
 * objects (streams, promises, replies) while holding about 30 MB. V8 lets
 * its young generation grow to over 100 MB under that churn and promotes
 * what outlives a scavenge to the old generation, where it waits for a
 * major collection that a busy process rarely gets. Command-line heap
 * flags would bound that, but an action cannot pass any (the runner starts
 * `node dist/index.js`), and V8 reads the heap-size flags only at start-up.
 * Two things work at run time: the young generation's growth factor, which
 * V8 reads at each scavenge, set to 1 (it stays small), and, while RSS is
 * above a threshold, a full collection every couple of seconds. Measured
 * on that push under Node 24 (pure-ftpd on loopback, 8 connections): peak
 * RSS 261 MB as V8 sets itself, 184 MB with the growth factor, 137 MB with
 * both, in the same time (15.4 s, 14.7 s, 15.2 s). Small runs never reach
 * the threshold and never pay for a collection.
 */


/**
 * V8's `gc()`, reached without `--expose-gc` on the command line: the flag
 * set at run time applies to contexts created after it, so a fresh vm
 * context has `gc` as a global. Undefined where that does not work.
 */
function fullCollection() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
    const gc = (0,external_node_vm_namespaceObject.runInNewContext)('typeof gc === "function" ? gc : undefined');
    if (typeof gc !== 'function')
        return undefined;
    const run = gc;
    return () => run();
}
/**
 * Starts watching; returns the function that stops it. The timer never keeps
 * the process alive. The collection is looked up when RSS first crosses the
 * threshold, not at start: the lookup creates a V8 context (about 1 ms of
 * every action's start-up), and small runs never need it.
 */
function keepMemoryDown(options = {}) {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    let collect = options.collect;
    const aboveBytes = options.aboveBytes ?? 128 * 1024 * 1024;
    const rss = options.rss ?? (() => process.memoryUsage.rss());
    const timer = setInterval(() => {
        if (rss() <= aboveBytes)
            return;
        collect ??= (options.findCollection ?? fullCollection)();
        if (collect === undefined)
            clearInterval(timer);
        else
            collect();
    }, options.everyMs ?? 2000);
    timer.unref();
    return () => clearInterval(timer);
}
//# sourceMappingURL=memory-keeper.js.map
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(692);
// EXTERNAL MODULE: ./node_modules/.pnpm/basic-ftp@6.2.6/node_modules/basic-ftp/dist/index.js
var dist = __nccwpck_require__(528);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __nccwpck_require__(531);
;// CONCATENATED MODULE: ./packages/core/lib/logger.js
const rank = { info: 0, verbose: 1, debug: 2 };
/** True when messages of `wanted` are shown at `level`. */
function isLevelEnabled(level, wanted) {
    return rank[level] >= rank[wanted];
}
/**
 * Replaces every occurrence of the secrets in a message with `***`. Applied to
 * everything a logger prints and to every error message, as a second line of
 * defence after `core.setSecret`, which only masks text on GitHub's runner.
 */
function redact(message, secrets) {
    let result = message;
    for (const secret of secrets) {
        if (secret.length > 0)
            result = result.split(secret).join('***');
    }
    return result;
}
/** A logger that drops everything: for tests and for callers that do not care. */
const silentLogger = {
    level: 'info',
    info: () => undefined,
    verbose: () => undefined,
    debug: () => undefined,
    warning: () => undefined,
};
//# sourceMappingURL=logger.js.map
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(30);
// EXTERNAL MODULE: ./packages/core/lib/ftp/data-socket.js
var data_socket = __nccwpck_require__(649);
// EXTERNAL MODULE: ./packages/core/lib/ftp/reply.js
var reply = __nccwpck_require__(67);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/active-mode.js
/**
 * Active-mode data connections for basic-ftp, which only speaks passive:
 * a `prepareTransfer` that listens on the runner's address, tells the
 * server where with PORT (IPv4) or EPRT (IPv6), and hands the connection
 * the server makes to basic-ftp's transfer code as its data socket.
 *
 * basic-ftp expects the data socket to exist before the transfer command
 * is sent, and starts piping on the server's 150. In active mode the server
 * connects only after the command (ftp-srv at PORT already), and RFC 959
 * lets it send 150 before connecting. So until the connection arrives a
 * placeholder socket stands in, and the transfer's 1xx and 2xx replies are
 * held back and delivered once the real socket is in place.
 */





/** "PORT h1,h2,h3,h4,p1,p2" for IPv4, "EPRT |2|addr|port|" for IPv6 (as Python's ftplib chooses). */
function portCommand(address, port) {
    if (external_node_net_.isIPv4(address))
        return `PORT ${address.replace(/\./g, ',')},${Math.floor(port / 256)},${port % 256}`;
    if (external_node_net_.isIPv6(address))
        return `EPRT |2|${address}|${port}|`;
    throw new Error(`Cannot announce "${address}" for an active data connection: it is not an IP address`);
}
/**
 * One transfer's wait for the server's connection: accepts exactly one
 * connection, from the server's own address only (anyone else who finds the
 * port is refused, so nobody can slip data into the transfer), and holds
 * back the transfer's replies until it is attached. Not only 150: a server
 * that connects, sends a short listing and closes can have its 226 read
 * before the connection is accepted (pure-ftpd sends "150 …" and "226 …"
 * in one packet), and the data is still waiting in the accept queue.
 */
class ActiveTransfer {
    ftp;
    listener;
    serverAddress;
    attached = false;
    finished = false;
    held = [];
    constructor(ftp, listener, serverAddress) {
        this.ftp = ftp;
        this.listener = listener;
        this.serverAddress = serverAddress;
        listener.on('connection', (socket) => this.accept(socket));
    }
    accept(socket) {
        if (this.finished || this.attached || (0,data_socket/* plainAddress */.n7)(socket.remoteAddress ?? '') !== this.serverAddress) {
            this.ftp.log(`Refused a data connection from ${socket.remoteAddress ?? 'an unknown address'}: not the server, or not expected`);
            socket.destroy();
            return;
        }
        this.attached = true;
        this.listener.close();
        this.ftp.log(`The server opened the data connection from ${this.serverAddress}:${socket.remotePort ?? 0}`);
        (0,data_socket/* attachDataSocket */.vZ)(this.ftp, socket);
        for (const deliver of this.held.splice(0))
            deliver();
    }
    /**
     * Wraps the transfer command's response handler. Failures pass at once
     * and so does 350 (after REST the handler must send RETR before the
     * server will connect); 1xx and 2xx wait for the connection. A server
     * that never connects is caught by basic-ftp's control timeout, which
     * stays armed while the transfer has not started.
     */
    gate(handler) {
        return (response, task) => {
            // An error ends the transfer whether or not the server connected.
            if (response instanceof Error || response.code >= 400) {
                this.finish();
                handler(response, task);
            }
            else if (this.attached || (response.code >= 300 && response.code < 400)) {
                handler(response, task);
            }
            else {
                this.held.push(() => handler(response, task));
            }
        };
    }
    /** Stops listening; replies still held are dropped (the server never connected). */
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        this.held = [];
        this.listener.close();
    }
}
async function listen(host) {
    const listener = external_node_net_.createServer();
    await new Promise((resolve, reject) => {
        listener.once('error', reject);
        listener.listen({ host, port: 0, backlog: 4 }, () => {
            listener.removeListener('error', reject);
            resolve();
        });
    });
    // While a transfer waits, its control connection keeps the process alive;
    // a listener left behind by a transfer that never ran must not.
    listener.unref();
    return listener;
}
function portOf(listener) {
    const address = listener.address();
    if (address === null || typeof address === 'string')
        throw new Error('the active-mode listener has no TCP port');
    return address.port;
}
/**
 * The server would not connect back. Not an FTPError, so callers do not
 * take it for a missing file or directory and look further.
 */
function activeModeRefused(command, error) {
    return new errors/* ConnectionError */.Rc(`The server refused active mode: it answered "${(0,reply/* describeError */.U)(error)}" to ${command}`, {
        code: error.code,
        cause: error,
        hint: 'Most servers connect only to the address the control connection comes from: leave active-address empty unless the runner is behind NAT, or use data-mode: passive.',
    });
}
/**
 * The `prepareTransfer` for active mode. It listens on the local address
 * of the control connection (the interface the server is reachable
 * through), announces that address or `options.announce`, and arranges for
 * the server's connection to become the next transfer's data socket.
 */
function activeModeStrategy(options = {}) {
    return async (ftp) => {
        const local = ftp.socket.localAddress;
        const remote = ftp.socket.remoteAddress;
        if (local === undefined || remote === undefined)
            throw new Error("Control socket is disconnected, can't open an active data connection.");
        const bindAddress = (0,data_socket/* plainAddress */.n7)(local);
        const listener = await listen(bindAddress);
        const transfer = new ActiveTransfer(ftp, listener, (0,data_socket/* plainAddress */.n7)(remote));
        // basic-ftp's downloadTo refuses to start without a data socket; this one
        // is replaced (and destroyed by the setter) when the server connects.
        ftp.dataSocket = new external_node_net_.Socket();
        const command = portCommand(options.announce ?? bindAddress, portOf(listener));
        let reply;
        try {
            reply = await ftp.request(command);
        }
        catch (error) {
            transfer.finish();
            ftp.dataSocket = undefined;
            throw error instanceof dist.FTPError ? activeModeRefused(command, error) : error;
        }
        // The next task on this context is the transfer command itself (list,
        // downloadTo and uploadFrom send it right after prepareTransfer).
        const handle = ftp.handle.bind(ftp);
        ftp.handle = (transferCommand, handler) => {
            ftp.handle = handle;
            return handle(transferCommand, transfer.gate(handler));
        };
        return reply;
    };
}
//# sourceMappingURL=active-mode.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/passive-mode.js
var passive_mode = __nccwpck_require__(848);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/data-mode.js


/** Replaces basic-ftp's `prepareTransfer` with ours for the chosen data mode. */
function applyDataMode(client, settings) {
    if (settings.dataMode === 'active') {
        client.prepareTransfer = activeModeStrategy({ announce: settings.activeAddress });
        return;
    }
    client.prepareTransfer = (0,passive_mode/* settlePassiveMode */.Kw)(client.ftp, (chosen) => {
        client.prepareTransfer = chosen;
    });
}
//# sourceMappingURL=data-mode.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/failure.js
var failure = __nccwpck_require__(733);
// EXTERNAL MODULE: ./packages/core/lib/ftp/listing-watch.js
var listing_watch = __nccwpck_require__(801);
// EXTERNAL MODULE: ./packages/core/lib/ftp/pipeline.js
var pipeline = __nccwpck_require__(273);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/tls.js

/**
 * Options for `tls.connect`, shared by the control and the data connections.
 * `host` is always set so the certificate is checked against the name the
 * user gave and so data connections can resume the control session (Node
 * binds resumable sessions to the host they were made for).
 */
function buildTlsOptions(settings) {
    const pinned = settings.tls.fingerprint !== undefined;
    return {
        host: settings.host,
        minVersion: 'TLSv1.2',
        // A pinned fingerprint replaces chain verification: it is checked by
        // `checkPinnedFingerprint` before anything, the password included, is sent.
        rejectUnauthorized: settings.tls.verify && !pinned,
        ...(settings.tls.ca === undefined ? {} : { ca: settings.tls.ca }),
    };
}
function describeName(name) {
    if (name === undefined || name === null)
        return '';
    return Object.entries(name)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
        .join(', ');
}
/** Reads protocol, cipher and certificate from a connected TLS socket. */
function readTlsDetails(socket) {
    const peer = socket.getPeerCertificate();
    const hasCertificate = peer !== null && typeof peer === 'object' && typeof peer.valid_to === 'string';
    return {
        protocol: socket.getProtocol() ?? 'unknown',
        cipher: socket.getCipher().name,
        certificate: hasCertificate
            ? {
                subject: describeName(peer.subject),
                issuer: describeName(peer.issuer),
                validTo: new Date(peer.valid_to),
                fingerprint256: peer.fingerprint256,
            }
            : undefined,
    };
}
/** Refuses the connection when a pinned fingerprint does not match the server's certificate. */
function checkPinnedFingerprint(settings, details) {
    const expected = settings.tls.fingerprint;
    if (expected === undefined)
        return;
    const actual = details.certificate?.fingerprint256;
    if (actual?.toUpperCase() !== expected) {
        throw new errors/* TlsError */.WM(`The TLS certificate of ${settings.host}:${settings.port} does not match tls-fingerprint (the server presented ${actual ?? 'no certificate'})`, { hint: 'If the server changed its certificate on purpose, update tls-fingerprint; otherwise the connection may be intercepted.' });
    }
}
//# sourceMappingURL=tls.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/tls-key-share.js
var tls_key_share = __nccwpck_require__(282);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/connect.js
/**
 * Opens one logged-in basic-ftp client: TCP (or implicit TLS), AUTH TLS for
 * explicit FTPS, login, and the few settings every session needs. Each step
 * is timed and each failure classified, so the health gate can report
 * "connect took 40 ms, login failed with 530" rather than "error".
 */










/** Sends basic-ftp's protocol trace to the debug log, secrets masked. */
function attachProtocolTrace(client, settings, log) {
    if (log.level !== 'debug')
        return;
    client.ftp.verbose = true;
    // basic-ftp already writes "PASS ###"; redacting again guards every other line.
    client.ftp.log = (message) => log.debug(redact(message, [settings.password]));
}
function anonymousPassword(settings) {
    return settings.password === '' && settings.username === 'anonymous' ? 'anonymous@' : settings.password;
}
/**
 * Connects, secures and logs in. On failure the client is closed and the
 * error is one of the pack's classes (connection, TLS, authentication).
 */
async function openConnection(settings, deps) {
    const now = deps.now ?? (() => performance.now());
    const client = new dist.Client(settings.timeoutMs, { maxListingBytes: listing_watch/* maxListingBytes */.CT });
    client.ftp.encoding = settings.encoding;
    attachProtocolTrace(client, settings, deps.log);
    const server = `${settings.host}:${settings.port}`;
    // Key shares the server takes, so no handshake pays a HelloRetryRequest (see tls-key-share.ts).
    // Built only for a handshake: the key-share probe is OpenSSL's first context
    // of the process, which plain FTP has no use for.
    const tlsOptions = () => (0,tls_key_share/* optionsFor */.A5)(server, buildTlsOptions(settings));
    let stage = 'connect';
    try {
        const started = now();
        const welcome = settings.protocol === 'ftps-implicit'
            ? await client.connectImplicitTLS(settings.host, settings.port, tlsOptions())
            : await client.connect(settings.host, settings.port);
        if (settings.protocol === 'ftps') {
            stage = 'tls';
            await client.useTLS(tlsOptions());
        }
        let tls;
        if (settings.protocol !== 'ftp') {
            const socket = client.ftp.socket;
            if (!(socket instanceof external_node_tls_.TLSSocket)) {
                throw new errors/* TlsError */.WM(`TLS was not established with ${settings.host}:${settings.port}`);
            }
            tls = readTlsDetails(socket);
            (0,tls_key_share/* rememberGroup */.fN)(server, socket);
            if (deps.progress)
                deps.progress.tls = tls;
            checkPinnedFingerprint(settings, tls);
        }
        const connectMs = now() - started;
        if (deps.progress)
            deps.progress.connectMs = connectMs;
        stage = 'login';
        const loginStarted = now();
        await client.login(settings.username, anonymousPassword(settings));
        stage = 'command';
        const features = await applySessionSettings(client, settings);
        applyDataMode(client, settings);
        (0,listing_watch/* watchListings */.jV)(client);
        const loginMs = now() - loginStarted;
        return { client, welcome: welcome.message, connectMs, loginMs, tls, features };
    }
    catch (error) {
        client.close();
        throw (0,failure/* toFtpActionError */.sO)(error, {
            host: settings.host,
            port: settings.port,
            stage,
            timeoutMs: settings.timeoutMs,
            username: settings.username,
        });
    }
}
/**
 * What basic-ftp's `useDefaultSettings` does, minus the round trips that
 * change nothing (STRU F is the default): FEAT, then in one round trip
 * (see `pipeline.ts`) TYPE I, OPTS UTF8 ON when the user chose utf8 (a
 * server without it refuses it harmlessly; its reply is ignored), and
 * PBSZ 0 + PROT P over TLS. FEAT goes alone: ftp-srv writes the replies of
 * commands sent with it between the lines of its multi-line FEAT reply.
 * The others are idempotent, so if any reply is not the plain yes expected
 * (a server that answers out of order), TYPE I and PROT P are simply sent
 * again one at a time. Strict about PROT P: a server that will not protect
 * data connections is refused, never used in clear.
 */
async function applySessionSettings(client, settings) {
    const features = parseFeatures(await client.sendIgnoringError('FEAT'));
    client.availableListCommands = features.has('MLST') ? ['MLSD', 'LIST -a', 'LIST'] : ['LIST -a', 'LIST'];
    const tls = client.ftp.hasTLS;
    const utf8 = settings.encoding === 'utf8' ? ['OPTS UTF8 ON'] : [];
    const commands = ['TYPE I', ...utf8, ...(tls ? ['PBSZ 0', 'PROT P'] : [])];
    const replies = await (0,pipeline/* sendTogether */.tM)(client.ftp, commands);
    const plainYes = replies.every((reply, index) => commands[index] === 'OPTS UTF8 ON' || (!(reply instanceof dist.FTPError) && reply.code >= 200 && reply.code < 300));
    if (plainYes)
        return features;
    await client.send('TYPE I');
    if (tls) {
        await client.sendIgnoringError('PBSZ 0');
        const prot = await client.sendIgnoringError('PROT P');
        if (prot.code >= 400) {
            throw new errors/* TlsError */.WM(`${settings.host}:${settings.port} refused to encrypt data connections (PROT P answered ${prot.code} ${prot.message})`, {
                code: prot.code,
                hint: 'The server only protects the control connection; ask its operator to allow PROT P, or use protocol ftp knowingly.',
            });
        }
    }
    return features;
}
/** FEAT's reply as basic-ftp's `features()` reads it: one entry per line between the first and the last, name and first parameter. */
function parseFeatures(reply) {
    const features = new Map();
    if (reply.code >= 400)
        return features;
    const lines = reply.message.split('\n');
    if (lines.length < 3)
        return features;
    for (const line of lines.slice(1, -1)) {
        const [name = '', parameter = ''] = line.trim().split(' ');
        if (name !== '')
            features.set(name, parameter);
    }
    return features;
}
//# sourceMappingURL=connect.js.map
// EXTERNAL MODULE: ./packages/core/lib/ftp/retry.js + 2 modules
var retry = __nccwpck_require__(803);
;// CONCATENATED MODULE: ./packages/core/lib/ftp/pool.js


class ConnectionPool {
    options;
    slots = [];
    waiters = [];
    /** Waiting tasks promised to a busy connection (see `claimWaiter`). */
    claimed = new Map();
    opening = 0;
    /** Logins `warm` started that have not finished. */
    warming = 0;
    /** Tasks that chose to wait for one of those logins rather than start their own. */
    waitingForWarm = 0;
    opened = 0;
    limit;
    closed = false;
    keepAliveMs;
    constructor(options) {
        this.options = options;
        if (!Number.isInteger(options.size) || options.size < 1)
            throw new RangeError(`pool size must be a positive integer, got ${options.size}`);
        this.limit = options.size;
        this.keepAliveMs = options.keepAliveMs ?? 30_000;
    }
    get stats() {
        return { opened: this.opened, open: this.slots.length, limit: this.limit };
    }
    /**
     * Promises the next waiting task to `client`, busy now: when its task
     * releases it, that waiter gets it, even if another connection is released
     * first. A task that asks the server for its next passive port ahead of
     * time uses this, so the port it asked for is the one the next file uses
     * (else another connection could take the waiter, and the port, with its
     * listener on the server, would go unused). False when no task waits, or
     * when the next one was queued `ahead`: such tasks (renames, checks, small
     * writes of their own) do not take a port asked for them.
     */
    claimWaiter(client) {
        const slot = this.slots.find((candidate) => candidate.client === client);
        if (slot === undefined || !slot.busy || this.claimed.has(slot))
            return false;
        if (this.waiters[0]?.ahead === true)
            return false;
        const waiter = this.waiters.shift();
        if (waiter === undefined)
            return false;
        this.claimed.set(slot, waiter);
        return true;
    }
    /**
     * Lends a client to `task` for its whole run. If the task leaves the client
     * closed (socket error, timeout), the client is dropped and the next task
     * gets a fresh connection.
     */
    async use(task, options = {}) {
        const slot = await this.acquire(options.ahead === true);
        try {
            return await task(slot.client);
        }
        finally {
            this.release(slot);
        }
    }
    /** `use` with retries of transient failures, each attempt on a sound connection; `ahead`: see `ClientPool.run`. */
    async run(description, task, options = {}) {
        return (0,retry/* withRetry */.b)(() => this.use(task, options), {
            retries: this.options.retries ?? 0,
            log: this.options.log,
            description,
            ...(this.options.retryDelayMs === undefined ? {} : { minDelayMs: this.options.retryDelayMs }),
        });
    }
    /**
     * Opens connections for work known to be coming, up to `count` in all (and
     * the pool's limit), all at once and in the background, so their logins
     * overlap whatever the caller does meanwhile. They wait idle for the tasks.
     * A failure is only logged: the tasks that follow open their own
     * connections and report what goes wrong.
     */
    warm(count) {
        if (this.closed)
            return;
        const wanted = Math.min(count, this.limit) - this.slots.length - this.opening;
        for (let index = 0; index < wanted; index += 1) {
            this.warming += 1;
            const settled = () => {
                this.warming -= 1;
                this.waitingForWarm = Math.min(this.waitingForWarm, this.warming);
            };
            this.openSlot().then((slot) => {
                settled();
                this.release(slot);
            }, (error) => {
                settled();
                this.options.log.debug(`Opening a connection ahead of time failed: ${error instanceof Error ? error.message : String(error)}`);
                // Tasks that queued behind this login (the pool looked full) open their own now.
                if (!this.closed)
                    this.serveWaiters();
            });
        }
    }
    /** Closes every connection and fails every waiting task. Safe to call twice. */
    close() {
        this.closed = true;
        const waiting = [...this.claimed.values(), ...this.waiters.splice(0)];
        this.claimed.clear();
        for (const waiter of waiting)
            waiter.reject(new errors/* ConnectionError */.Rc('The connection pool was closed'));
        for (const slot of this.slots.splice(0))
            this.dispose(slot);
        return Promise.resolve();
    }
    async acquire(ahead) {
        if (this.closed)
            throw new errors/* ConnectionError */.Rc('The connection pool is closed');
        const idle = this.takeIdle();
        if (idle !== undefined)
            return idle;
        // A login `warm` started is nearer its end than one started now: wait for
        // it (one task per such login) rather than log in twice for one task.
        const spareWarm = this.warming > this.waitingForWarm;
        if (spareWarm)
            this.waitingForWarm += 1;
        if (!spareWarm && this.slots.length + this.opening < this.limit)
            return this.openSlot();
        return new Promise((resolve, reject) => {
            if (ahead)
                this.waiters.unshift({ resolve, reject, ahead });
            else
                this.waiters.push({ resolve, reject });
        });
    }
    takeIdle() {
        for (const slot of [...this.slots]) {
            if (slot.busy)
                continue;
            if (slot.client.closed) {
                // The server closed it while idle (idle timeout, restart): drop it, open anew.
                this.options.log.debug('A pooled connection was closed by the server while idle; it will be reopened');
                this.remove(slot);
                continue;
            }
            this.markBusy(slot);
            return slot;
        }
        return undefined;
    }
    async openSlot() {
        this.opening += 1;
        try {
            const client = await this.options.open();
            this.opened += 1;
            const slot = { client, busy: true, keepAlive: undefined };
            if (this.closed) {
                client.close();
                throw new errors/* ConnectionError */.Rc('The connection pool was closed');
            }
            this.slots.push(slot);
            return slot;
        }
        catch (error) {
            if (this.shouldShrink(error)) {
                this.limit = Math.max(1, this.slots.length);
                this.options.log.warning(`The server refused connection ${this.slots.length + 1} (${error instanceof Error ? error.message : String(error)}); continuing with ${this.limit}`);
                return this.waitForSlot();
            }
            throw error;
        }
        finally {
            this.opening -= 1;
        }
    }
    /**
     * A refusal of one more connection while others work is a limit, not an
     * outage: 421 "too many connections", a reset, a timeout, even a TLS
     * handshake that a busy server fumbles (seen with ftp-srv). The same
     * credentials and certificate already work on the open connections, so
     * only a wrong password is not a reason to carry on with fewer.
     */
    shouldShrink(error) {
        return this.slots.length > 0 && !(error instanceof errors/* AuthenticationError */.v3);
    }
    waitForSlot() {
        const idle = this.takeIdle();
        if (idle !== undefined)
            return Promise.resolve(idle);
        return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
    release(slot) {
        slot.busy = false;
        if (this.closed) {
            this.dispose(slot);
            return;
        }
        if (slot.client.closed)
            this.remove(slot);
        const claimant = this.claimed.get(slot);
        this.claimed.delete(slot);
        if (claimant !== undefined && this.slots.includes(slot)) {
            this.markBusy(slot);
            claimant.resolve(slot);
            return;
        }
        // A connection that died with a claim on it: its waiter goes first in line.
        if (claimant !== undefined)
            this.waiters.unshift(claimant);
        this.serveWaiters();
        if (!slot.busy && this.slots.includes(slot))
            this.scheduleKeepAlive(slot);
    }
    /** Hands idle clients to waiting tasks, or opens new ones where the limit allows. */
    serveWaiters() {
        while (this.waiters.length > 0) {
            const idle = this.takeIdle();
            if (idle !== undefined) {
                this.waiters.shift()?.resolve(idle);
                continue;
            }
            if (this.slots.length + this.opening < this.limit) {
                const waiter = this.waiters.shift();
                if (waiter !== undefined)
                    this.openSlot().then((slot) => waiter.resolve(slot), (error) => waiter.reject(error));
                continue;
            }
            return;
        }
    }
    markBusy(slot) {
        slot.busy = true;
        if (slot.keepAlive !== undefined)
            clearTimeout(slot.keepAlive);
        slot.keepAlive = undefined;
    }
    scheduleKeepAlive(slot) {
        if (slot.keepAlive !== undefined)
            clearTimeout(slot.keepAlive);
        slot.keepAlive = setTimeout(() => this.keepAlive(slot), this.keepAliveMs);
        // Keep-alive must never hold the process open after the action is done.
        slot.keepAlive.unref();
    }
    keepAlive(slot) {
        slot.keepAlive = undefined;
        if (slot.busy || this.closed || !this.slots.includes(slot))
            return;
        this.markBusy(slot);
        slot.client
            .send('NOOP')
            .then(() => this.options.log.debug('Sent NOOP to keep an idle connection open'), (error) => {
            this.options.log.debug(`An idle connection failed its NOOP and will be reopened: ${error instanceof Error ? error.message : String(error)}`);
            slot.client.close();
        })
            .finally(() => this.release(slot));
    }
    remove(slot) {
        const index = this.slots.indexOf(slot);
        if (index >= 0)
            this.slots.splice(index, 1);
        this.dispose(slot);
    }
    dispose(slot) {
        if (slot.keepAlive !== undefined)
            clearTimeout(slot.keepAlive);
        slot.keepAlive = undefined;
        slot.client.close();
    }
}
//# sourceMappingURL=pool.js.map
;// CONCATENATED MODULE: ./packages/core/lib/action-deps.js
/**
 * Builds what an action's `run` gets besides its settings, for every host
 * that runs actions: `runAction` on GitHub's runner and the CLI in a
 * terminal. Both must close the pools the action opened, so the builder
 * hands back the one `close` that does it.
 */


/** Deps that log to `log` and open real pools of basic-ftp connections. */
function createActionDeps(log) {
    const pools = [];
    const deps = {
        log,
        now: () => performance.now(),
        openPool: (pooled) => {
            const pool = new ConnectionPool({
                size: pooled.concurrency,
                retries: pooled.retries,
                log,
                open: async () => (await openConnection(pooled, { log })).client,
            });
            pools.push(pool);
            return pool;
        },
    };
    return {
        deps,
        close: async () => {
            await Promise.all(pools.map((pool) => pool.close()));
        },
    };
}
//# sourceMappingURL=action-deps.js.map
;// CONCATENATED MODULE: ./packages/core/lib/report/action-logger.js
/**
 * The `Logger` for GitHub Actions: `core.info` for every level we show (the
 * runner's own debug channel only appears with ACTIONS_STEP_DEBUG, which
 * users rarely set), warnings as annotations, secrets masked in every line.
 */


function createActionLogger(level, secrets) {
    const clean = (message) => redact(message, secrets);
    return {
        level,
        info: (message) => info(clean(message)),
        verbose: (message) => {
            if (isLevelEnabled(level, 'verbose'))
                info(clean(message));
        },
        debug: (message) => {
            if (isLevelEnabled(level, 'debug'))
                info(`[debug] ${clean(message)}`);
        },
        warning: (message) => warning(clean(message)),
    };
}
//# sourceMappingURL=action-logger.js.map
// EXTERNAL MODULE: ./packages/core/lib/report/markdown.js
var markdown = __nccwpck_require__(172);
;// CONCATENATED MODULE: ./packages/core/lib/report/outputs.js
/**
 * Writes an action's outputs. Values are strings on the runner; numbers and
 * booleans are written in their plain form, absent values as ''.
 */


/** The string the runner stores for a value. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : value.toFixed(1);
    return String(value);
}
function writeOutputs(outputs, secrets) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, redact(formatOutput(value), secrets));
}
//# sourceMappingURL=outputs.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/core/lib/report/summary.js
/**
 * Writes the job summary. Outside the runner (no GITHUB_STEP_SUMMARY) there
 * is nowhere to write it, so it is skipped rather than failing the action.
 */


async function writeJobSummary(markdown, secrets) {
    if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '')
        return;
    await summary.addRaw(redact(markdown, secrets)).write();
}
//# sourceMappingURL=summary.js.map
// EXTERNAL MODULE: ./packages/core/lib/settings/connection.js
var settings_connection = __nccwpck_require__(356);
// EXTERNAL MODULE: ./packages/core/lib/settings/input-spec.js
var input_spec = __nccwpck_require__(360);
;// CONCATENATED MODULE: ./packages/core/lib/run-action.js
/**
 * The one top-level try/catch/finally of every action: read the inputs, mask
 * the secrets, parse, run, write outputs and the job summary, and fail the
 * step exactly once when something went wrong. Connections opened through
 * `deps.openPool` are closed in `finally`, so the process exits promptly.
 */











/** Reads every declared input from the runner; secrets untrimmed and masked at once. */
function readRawInputs(inputs) {
    const secrets = new Set((0,input_spec/* secretInputNames */.T7)(inputs));
    const raw = {};
    for (const [name, spec] of Object.entries(inputs)) {
        const value = getInput(name, { trimWhitespace: !(0,input_spec/* keepsWhitespace */.mS)(spec) });
        if (secrets.has(name) && value !== '')
            setSecret(value);
        raw[name] = value;
    }
    return raw;
}
/** The failure text: what failed, then what to try. */
function describeFailure(error) {
    if (error instanceof errors/* FtpActionError */.BB)
        return error.hint === undefined ? error.message : `${error.message}\n${error.hint}`;
    if (error instanceof Error)
        return `Unexpected error: ${error.message}`;
    return `Unexpected error: ${String(error)}`;
}
function configurationSummary(actionName, error) {
    return (0,markdown/* sections */.V0)(`## ❌ ${actionName}: the inputs are not valid`, (0,markdown/* table */.tp)(['input', 'problem'], error.issues.map((issue) => [issue.input, issue.message])), 'Nothing was changed on the server or on disk.');
}
async function runAction(definition) {
    const raw = readRawInputs(definition.inputs);
    const secrets = (0,input_spec/* secretInputNames */.T7)(definition.inputs)
        .map((name) => raw[name] ?? '')
        .filter((value) => value !== '');
    let session;
    const stopKeepingMemory = keepMemoryDown();
    try {
        let settings;
        try {
            settings = definition.parse(raw);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                await writeJobSummary(configurationSummary(definition.name, error), secrets);
            throw error;
        }
        const connection = definition.connectionOf(settings);
        const log = createActionLogger(connection.logLevel, secrets);
        for (const warning of (0,settings_connection/* connectionWarnings */.oN)(connection))
            log.warning(warning);
        session = createActionDeps(log);
        const result = await definition.run(settings, session.deps);
        writeOutputs(result.outputs, secrets);
        await writeJobSummary(result.summary, secrets);
        if (result.failure !== undefined)
            setFailed(redact(describeFailure(result.failure), secrets));
    }
    catch (error) {
        setFailed(redact(describeFailure(error), secrets));
    }
    finally {
        stopKeepingMemory();
        await session?.close();
    }
}
//# sourceMappingURL=run-action.js.map

/***/ }),

/***/ 356:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ui: () => (/* binding */ checkConnectionInputs),
/* harmony export */   eu: () => (/* binding */ connectionInputs),
/* harmony export */   lW: () => (/* binding */ toConnectionSettings),
/* harmony export */   oN: () => (/* binding */ connectionWarnings)
/* harmony export */ });
/* unused harmony exports protocols, dataModes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(30);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(473);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(759);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(518);
/**
 * The connection inputs every action shares, and the settings they become.
 */




const protocols = ['ftps', 'ftps-implicit', 'ftp'];
/** Who opens data connections: the client (passive, EPSV/PASV) or the server (active, EPRT/PORT). */
const dataModes = ['passive', 'active'];
const hostnamePattern = /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)*\.?$/;
/** A host name, an IPv4 address or an IPv6 address (brackets allowed). */
const server = () => (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredText */ .$4)().transform((raw, ctx) => {
    const unbracketed = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(unbracketed) !== 0)
        return unbracketed;
    if (/^[a-z]+:\/\//i.test(raw)) {
        ctx.addIssue({
            code: 'custom',
            message: `expected a host name without a scheme (e.g. "ftp.example.com"), got "${raw}"; choose TLS with the protocol input`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    if (/:\d+$/.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `expected a host name without a port, got "${raw}"; give the port in the port input` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    if (!hostnamePattern.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `expected a host name, an IPv4 or an IPv6 address, got "${raw}"` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return raw;
});
/** Optional port: '' means the protocol's default, chosen in `toConnectionSettings`. */
const optionalPort = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((raw, ctx) => {
    if (raw.trim() === '')
        return undefined;
    const result = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(1, 65535).safeParse(raw);
    if (!result.success) {
        for (const issue of result.error.issues)
            ctx.addIssue({ code: 'custom', message: issue.message });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return result.data;
});
/** PEM text holding one or more certificates. */
const pemCertificates = () => (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)().transform((raw, ctx) => {
    if (raw === '')
        return undefined;
    const blocks = raw.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (blocks === null) {
        ctx.addIssue({ code: 'custom', message: 'expected PEM text starting with "-----BEGIN CERTIFICATE-----"' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    for (const block of blocks) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            ctx.addIssue({ code: 'custom', message: `holds a certificate that cannot be read (${reason})` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
    }
    return raw;
});
/** Optional IP address to announce in EPRT/PORT; '' means the control connection's own local address. */
const ipAddress = () => (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)().transform((raw, ctx) => {
    if (raw === '')
        return undefined;
    const unbracketed = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
    // Only an address: the server is told where to connect, and a host name
    // would have to be resolved by us to be announced at all.
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(unbracketed) === 0) {
        ctx.addIssue({ code: 'custom', message: `expected an IPv4 or IPv6 address (e.g. 203.0.113.7), got ${JSON.stringify(raw)}` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return unbracketed;
});
/** A SHA-256 fingerprint, with or without colons, normalised to Node's "AB:CD:…" form. */
const sha256Fingerprint = () => (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)().transform((raw, ctx) => {
    if (raw === '')
        return undefined;
    const hex = raw.replace(/^sha256[:/]?/i, '').replace(/[:\s]/g, '');
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
        ctx.addIssue({ code: 'custom', message: 'expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed (e.g. "AB:CD:…")' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return hex.toUpperCase().match(/../g)?.join(':') ?? hex.toUpperCase();
});
/** The inputs every action takes to reach its server. */
const connectionInputs = {
    server: { required: true, description: 'FTP server: host name, IPv4 or IPv6 address.', schema: server() },
    port: { default: '', description: 'Port of the server. Empty means 21, or 990 for ftps-implicit.', schema: optionalPort() },
    username: { default: 'anonymous', description: 'User name to log in with.', schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredText */ .$4)() },
    password: {
        default: '',
        secret: true,
        description: 'Password, from a repository secret; masked in every log and never printed.',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    },
    protocol: {
        default: 'ftps',
        description: 'ftps (explicit AUTH TLS), ftps-implicit (TLS from the first byte) or ftp (plain: the password travels in clear).',
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(protocols),
    },
    'tls-verify': {
        default: 'true',
        description: "Verify the server's TLS certificate. false is allowed but warned about.",
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM)(),
    },
    'tls-ca': {
        default: '',
        description: 'PEM text of a CA or self-signed certificate to trust; it replaces the system CAs for this server.',
        schema: pemCertificates(),
    },
    'tls-fingerprint': {
        default: '',
        description: "SHA-256 fingerprint of the server's certificate to pin instead of trusting a CA.",
        schema: sha256Fingerprint(),
    },
    timeout: { default: '30', description: 'Seconds to wait for a connection or for any reply.', schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsAsMs */ .Eg)(1, 3600) },
    concurrency: { default: '4', description: 'Connections in the pool (1 to 32).', schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(1, 32) },
    retries: {
        default: '3',
        description: 'Attempts after a transient failure, with exponential backoff and jitter (0 to 10).',
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(0, 10),
    },
    encoding: {
        default: 'utf8',
        description: 'Encoding of file names on the control channel: utf8 or latin1.',
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(['utf8', 'latin1']),
    },
    'log-level': {
        default: 'info',
        description: 'info, verbose (a line per file) or debug (the FTP protocol, password shown as ***).',
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(['info', 'verbose', 'debug']),
    },
    'data-mode': {
        default: 'passive',
        description: 'passive (the runner connects to the server for each transfer, EPSV/PASV) or active (the server connects back to the runner, EPRT/PORT; needs the runner reachable from the server).',
        schema: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(dataModes),
    },
    'active-address': {
        default: '',
        description: "With data-mode active: the IP address the server is told to connect to. Empty means the runner's own address on the control connection; set it when the runner is behind NAT.",
        schema: ipAddress(),
    },
};
/** Conflicts between connection inputs, each naming the input to change. */
function checkConnectionInputs(values) {
    const issues = [];
    if (values.protocol === 'ftp') {
        for (const name of ['tls-ca', 'tls-fingerprint']) {
            if (values[name] !== undefined)
                issues.push({ input: name, message: 'applies only to protocol ftps or ftps-implicit, but protocol is ftp' });
        }
    }
    if (values['tls-ca'] !== undefined && values['tls-fingerprint'] !== undefined) {
        issues.push({ input: 'tls-fingerprint', message: 'cannot be combined with tls-ca: pin a fingerprint or trust a CA, not both' });
    }
    if (values['active-address'] !== undefined && values['data-mode'] !== 'active') {
        issues.push({ input: 'active-address', message: 'applies only to data-mode: active, but data-mode is passive' });
    }
    return issues;
}
/** Turns parsed connection inputs into `ConnectionSettings`. */
function toConnectionSettings(values) {
    return Object.freeze({
        host: values.server,
        port: values.port ?? (values.protocol === 'ftps-implicit' ? 990 : 21),
        username: values.username,
        password: values.password,
        protocol: values.protocol,
        tls: Object.freeze({ verify: values['tls-verify'], ca: values['tls-ca'], fingerprint: values['tls-fingerprint'] }),
        timeoutMs: values.timeout,
        concurrency: values.concurrency,
        retries: values.retries,
        encoding: values.encoding,
        logLevel: values['log-level'],
        dataMode: values['data-mode'],
        activeAddress: values['active-address'],
    });
}
/** Warnings the user should see about their connection choices (plain FTP, no verification). */
function connectionWarnings(settings) {
    const warnings = [];
    if (settings.protocol === 'ftp') {
        warnings.push('protocol is ftp: the password and every file travel unencrypted. Use ftps where the server offers it.');
    }
    else if (!settings.tls.verify && settings.tls.fingerprint === undefined) {
        warnings.push("tls-verify is false: the server's certificate is not checked, so the connection can be intercepted. Prefer tls-ca or tls-fingerprint.");
    }
    return warnings;
}
//# sourceMappingURL=connection.js.map

/***/ }),

/***/ 360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ secretInputNames),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   mS: () => (/* binding */ keepsWhitespace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(531);

function withDefault(spec, raw) {
    const given = raw ?? '';
    return given.trim() === '' ? (spec.default ?? '') : given;
}
/**
 * Parses raw inputs against a table of specs. Collects every bad input (and
 * then every cross-input conflict) and throws them together as one
 * `ConfigurationError`, so a user fixes their workflow in one round.
 */
function parseInputs(specs, raw, crossChecks = []) {
    const issues = [];
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        const value = withDefault(spec, raw[name]);
        if (spec.required === true && value.trim() === '') {
            issues.push({ input: name, message: 'is required and was not given' });
            continue;
        }
        const result = spec.schema.safeParse(value);
        if (result.success) {
            values[name] = result.data;
        }
        else {
            for (const issue of result.error.issues)
                issues.push({ input: name, message: issue.message });
        }
    }
    if (issues.length === 0) {
        const typed = values;
        for (const check of crossChecks)
            issues.push(...check(typed));
    }
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(issues);
    return values;
}
/** Whether a raw value is read exactly as given rather than trimmed (secrets and literal content). */
function keepsWhitespace(spec) {
    return spec.secret === true || spec.keepWhitespace === true;
}
/** The names of the inputs whose values are secrets. */
function secretInputNames(specs) {
    return Object.entries(specs)
        .filter(([, spec]) => spec.secret === true)
        .map(([name]) => name);
}
//# sourceMappingURL=input-spec.js.map

/***/ }),

/***/ 518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ requiredText),
/* harmony export */   Eg: () => (/* binding */ secondsAsMs),
/* harmony export */   El: () => (/* binding */ patternLines),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export list */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(759);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(473);
/**
 * Zod schemas for the raw strings GitHub Actions passes as inputs. Each one
 * turns a string into a typed value or explains, in words a workflow author
 * understands, what it expected instead.
 */

const quote = (value) => JSON.stringify(value);
/** Any text, trimmed. */
const text = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((value) => value.trim());
/** Text that must not be empty. */
const requiredText = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { message: 'is required and must not be empty' });
/** A whole number in a closed range. */
const integer = (min, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw, ctx) => {
    const value = raw.trim();
    const parsed = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got ${quote(raw)}` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return parsed;
});
/** A number of seconds (decimals allowed) in a closed range, returned as milliseconds. */
const secondsAsMs = (min, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw, ctx) => {
    const value = raw.trim();
    const parsed = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `expected a number of seconds from ${min} to ${max}, got ${quote(raw)}` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return Math.round(parsed * 1000);
});
const trueWords = new Set(['true', 'True', 'TRUE']);
const falseWords = new Set(['false', 'False', 'FALSE']);
/** The YAML 1.2 core booleans that `core.getBooleanInput` accepts, nothing looser. */
const boolean = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw, ctx) => {
    const value = raw.trim();
    if (trueWords.has(value))
        return true;
    if (falseWords.has(value))
        return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got ${quote(raw)}` });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
});
/** One of a fixed set of words. */
const oneOf = (choices) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw, ctx) => {
    const value = raw.trim();
    const match = choices.find((choice) => choice === value);
    if (match === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${choices.join(', ')}, got ${quote(raw)}` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return match;
});
/** Items separated by commas or new lines; blanks dropped. */
const list = () => z.string().transform((raw) => raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0));
/** Patterns, one per line; blank lines and # comments dropped (commas may be part of a pattern). */
const patternLines = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw) => raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')));
//# sourceMappingURL=values.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(177);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
