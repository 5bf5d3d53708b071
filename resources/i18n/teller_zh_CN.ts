<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../ui/audit_viewer.py" line="87" />
            <source>&amp;Filter</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="89" />
            <source>&amp;Verify the chain</source>
            <translation>校验记录链(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="83" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="88" />
            <source>Apply the filter</source>
            <translation>应用筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="97" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="79" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="172" />
            <source>Chain BROKEN at event {sequence}. Tell your supervisor and IT security now.</source>
            <translation>记录链在第 {sequence} 条事件处断裂。请立即报告主管和信息安全部门。</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="167" />
            <source>Chain intact: {count} events checked.</source>
            <translation>记录链完整：已校验 {count} 条事件。</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="84" />
            <source>Filter by action</source>
            <translation>按操作筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="80" />
            <source>Filter by case number</source>
            <translation>按案件编号筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="82" />
            <source>Filter by user</source>
            <translation>按用户筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="85" />
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="125" />
            <source>Loading the operation record…</source>
            <translation>正在读取操作记录…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="94" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="78" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="100" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="98" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="95" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="86" />
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="81" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="90" />
            <source>Verify the operation record chain</source>
            <translation>校验操作记录链</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="136" />
            <source>Verifying the chain…</source>
            <translation>正在校验记录链…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="158" />
            <source>{count} events</source>
            <translation>共 {count} 条事件</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>A mainland {name} starts with 13 to 19; character {place} is {found}.</source>
            <translation>大陆{name}应以 13 至 19 开头；第 {place} 位是 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>A problem with this computer or the network stopped the operation: {detail}</source>
            <translation>本机或网络出现问题，操作未完成：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>A {role} may not decide on a case of risk level {level}; it needs one of: {allowed}.</source>
            <translation>{role}无权审批风险等级为“{level}”的案件；需由以下人员审批：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="135" />
            <source>Character 2 of the {name} is {found}, not a category of registration authority {authority}.</source>
            <translation>{name}第 2 位为 {found}，不是登记管理部门 {authority} 的机构类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>Character {place} of the {name} must be {expected}; found {found}.</source>
            <translation>{name}第 {place} 位应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="78" />
            <source>Documents need revision or were rejected: {items}.</source>
            <translation>以下资料需补正或不予受理：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="93" />
            <source>Give a reason to cancel a case.</source>
            <translation>撤销案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>Give a reason to {decision} a case.</source>
            <translation>{decision}案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="94" />
            <source>Item {item} can be verified only after you confirm that you saw the original.</source>
            <translation>须先确认已核对原件，才能将“{item}”标为已核验。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="97" />
            <source>Item {item} marked {decision} needs a reason.</source>
            <translation>“{item}”标为“{decision}”，须选择原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>Mandatory documents not verified: {items}.</source>
            <translation>以下必备资料尚未核验：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>Nobody holds 25% or controls the customer; name the senior manager who runs daily operations.</source>
            <translation>无人持股达 25% 或实际控制该客户；请填写负责日常经营管理的高级管理人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>Please check what you entered: {detail}</source>
            <translation>请检查输入内容：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="146" />
            <source>Something went wrong that should not have. Your entries are kept; tell IT support.</source>
            <translation>发生了意外错误。已输入的内容均已保留；请联系信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="67" />
            <source>Step {step} comes after {expected}.</source>
            <translation>“{step}”须在“{expected}”之后办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>Steps not complete: {steps}.</source>
            <translation>以下环节尚未完成：{steps}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="59" />
            <source>The approval request expired at {expires_at}; request approval again.</source>
            <translation>授权申请已于 {expires_at} 过期，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>The birth date in the {name} is in the future.</source>
            <translation>{name}中的出生日期晚于今天。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="123" />
            <source>The birth date in the {name} is not a real date: the {part} (character {place}) is wrong.</source>
            <translation>{name}中的出生日期不是有效日期：{part}（第 {place} 位）有误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>The case already has an open approval request.</source>
            <translation>该案件已有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>The case changed after approval was requested; request approval again.</source>
            <translation>申请授权后案件内容发生了变化，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>The case has no open approval request.</source>
            <translation>该案件没有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>The case has no risk level yet.</source>
            <translation>该案件尚未评定风险等级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>The case is waiting for approval; it cannot change until the checker decides.</source>
            <translation>案件正在等待授权，审批人作出决定前不能修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="77" />
            <source>The case is {status}; it takes no more changes.</source>
            <translation>案件状态为“{status}”，不能再修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>The case needs a valid approval before account setup.</source>
            <translation>账户设置前须取得有效授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="86" />
            <source>The case was returned for correction; resubmit it after the correction.</source>
            <translation>案件已退回补正，请补正后重新提交。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>The check character of the {name} (character {place}) should be {expected}, not {found}; a character was probably mistyped.</source>
            <translation>{name}的校验位（第 {place} 位）应为 {expected}，而不是 {found}；可能有字符输错。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>The exemption needs registered capital of at most 10,000,000 CNY and only natural-person shareholders.</source>
            <translation>豁免须满足：注册资本不超过 1000 万元，且股东均为自然人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>The field {field} is required.</source>
            <translation>“{field}”为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>The password contains a control character.</source>
            <translation>密码中含有控制字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>The password must have at least {min_length} characters.</source>
            <translation>密码至少需要 {min_length} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="30" />
            <source>The password must have at most {max_length} characters.</source>
            <translation>密码最多 {max_length} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>The password must mix at least {required} kinds of characters (lower case, upper case, digits, others); it has {found}.</source>
            <translation>密码至少需包含 {required} 类字符（小写字母、大写字母、数字、其他符号），当前只有 {found} 类。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>The password must not contain the user name.</source>
            <translation>密码中不能包含用户名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="152" />
            <source>The procedure does not allow this: {detail}</source>
            <translation>操作规程不允许此操作：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>The role {role} may not do this: {action}.</source>
            <translation>{role}岗位无权执行此操作：{action}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>The role {role} needs a certification to work on real cases; training mode only.</source>
            <translation>{role}岗位须持有效上岗资格才能办理真实业务；目前只能使用培训模式。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="22" />
            <source>The screen is locked. Enter your password to continue.</source>
            <translation>屏幕已锁定。请输入密码继续。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>The step {step} is not complete.</source>
            <translation>“{step}”环节尚未完成。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="14" />
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>The {document} cannot be printed: {fields} missing.</source>
            <translation>无法打印{document}：缺少{fields}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>The {name} is empty.</source>
            <translation>{name}为空。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>The {name} must have {expected} characters; it has {found}.</source>
            <translation>{name}应为 {expected} 位，当前为 {found} 位。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="129" />
            <source>The {name} starts with an unknown region code {found}.</source>
            <translation>{name}开头的行政区划代码 {found} 不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="132" />
            <source>The {name} starts with {found}, which is no registration authority (1-9, A, N, Y).</source>
            <translation>{name}以 {found} 开头，不是登记管理部门代码（1-9、A、N、Y）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>This customer kind ({kind}) cannot open a {account_type}.</source>
            <translation>{kind}客户不能开立{account_type}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="143" />
            <source>This function is not available in this version yet: {function}.</source>
            <translation>本版本暂不提供此功能：{function}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>This is done at the step {step}; the case is at {current}.</source>
            <translation>此操作应在“{step}”环节办理；案件当前处于“{current}”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="23" />
            <source>This session has ended. Please sign in.</source>
            <translation>会话已结束，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>This user is disabled and cannot sign in.</source>
            <translation>该用户已停用，无法登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="18" />
            <source>This user is locked. Ask an administrator to unlock it.</source>
            <translation>该用户已被锁定，请联系系统管理员解锁。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="15" />
            <source>Too many failed sign-ins. Try again in {minutes_left} minutes (at {until}).</source>
            <translation>登录失败次数过多。请在 {minutes_left} 分钟后（{until}）再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="24" />
            <source>You must change your password before you continue.</source>
            <translation>继续之前必须修改密码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>You worked on this case, so you cannot approve it. Another supervisor must sign in.</source>
            <translation>您经办了此案件，不能自行审批。须由另一位主管登录授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>Your certification expired on {valid_until}; training mode only.</source>
            <translation>您的上岗资格已于 {valid_until} 到期；目前只能使用培训模式。</translation>
        </message>
    </context>
    <context>
        <name>FirstStart</name>
        <message>
            <location filename="../../ui/first_start.py" line="68" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="66" />
            <source>Create a &amp;demo workspace</source>
            <translation>创建演示环境(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="67" />
            <source>Create a demo workspace</source>
            <translation>创建演示环境</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="79" />
            <source>Creating the demo workspace…</source>
            <translation>正在创建演示环境…</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="61" />
            <source>For real work, IT staff set up this terminal with “teller-admin init --branch … --terminal …”.</source>
            <translation>办理真实业务前，须由信息技术人员用“teller-admin init --branch … --terminal …”初始化本终端。</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="69" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="51" />
            <source>This computer is not set up yet</source>
            <translation>本机尚未初始化</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="50" />
            <source>Welcome to the Teller App</source>
            <translation>欢迎使用柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="53" />
            <source>You can try the app at once in a demo workspace: sample users (their passwords are shown on the sign-in screen), a central database on this computer, and sample cases. Nothing in it is a real customer.</source>
            <translation>您可以立即在演示环境中试用本系统：包括示例用户（密码显示在登录界面上）、本机上的中心数据库和示例案件。演示环境中没有任何真实客户。</translation>
        </message>
    </context>
    <context>
        <name>Flowchart</name>
        <message>
            <location filename="../../ui/flowchart.py" line="52" />
            <source>Account-opening procedure</source>
            <translation>开户操作流程</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="18" />
            <source>All mandatory documents verified?</source>
            <translation>必备资料是否已全部核验？</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="54" />
            <source>Blue: the current step. ◆ decision and control point. Red border: risk point.</source>
            <translation>蓝色：当前环节。◆ 判断与控制点。红框：风险点。</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="23" />
            <source>Checker ≠ maker; authority fits risk level</source>
            <translation>审批人≠经办人；权限与风险等级相符</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="22" />
            <source>Customer signed, seal card recorded?</source>
            <translation>客户是否已签约、预留印鉴是否已登记？</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="87" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="16" />
            <source>Eligible for this account type?</source>
            <translation>是否符合该账户种类的开户条件？</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="24" />
            <source>Filing deadline tracked</source>
            <translation>跟踪备案期限</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="20" />
            <source>High risk: enhanced due diligence</source>
            <translation>高风险：强化尽职调查</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="21" />
            <source>Intent confirmed (required for basic account)</source>
            <translation>已核实开户意愿（基本存款账户必须）</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="17" />
            <source>Online ID check matches?</source>
            <translation>联网核查结果是否一致？</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="19" />
            <source>Owner identified or exemption recorded?</source>
            <translation>是否已识别受益所有人或登记豁免？</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="56" />
            <source>Procedure flowchart</source>
            <translation>操作流程图</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" line="64" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../../ui/home.py" line="140" />
            <source>&amp;New case</source>
            <translation>新建开户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="154" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="172" />
            <source>Alert</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="150" />
            <source>Alerts</source>
            <translation>预警提示</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="172" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="153" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="172" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="168" />
            <source>Expires in</source>
            <translation>剩余有效期</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="139" />
            <source>Hello, {name}</source>
            <translation>{name}，您好</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="189" />
            <source>Loading cases…</source>
            <translation>正在读取案件…</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="147" />
            <source>My open cases</source>
            <translation>我的在办案件</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="141" />
            <source>New case</source>
            <translation>新建开户</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="142" />
            <source>Open a new account-opening case (Ctrl+N)</source>
            <translation>新建一笔开户业务（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="161" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="148" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="145" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="143" />
            <source>Search by name, credit code or ID number</source>
            <translation>按名称、统一社会信用代码或身份证号查询</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="144" />
            <source>Search cases</source>
            <translation>查询案件</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="151" />
            <source>Search results</source>
            <translation>查询结果</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="210" />
            <source>Search results: {count}</source>
            <translation>查询结果：{count} 条</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="204" />
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="156" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="155" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="167" />
            <source>Waiting</source>
            <translation>已等待</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="149" />
            <source>Waiting for my approval</source>
            <translation>待我授权</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="85" />
            <source>&amp;Account type:</source>
            <translation>账户种类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="97" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="103" />
            <source>Agent with a power of attorney</source>
            <translation>持授权委托书的经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="99" />
            <source>As on the business licence or ID card</source>
            <translation>与营业执照或身份证件一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="100" />
            <source>At the counter</source>
            <translation>柜面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="87" />
            <source>Channel:</source>
            <translation>受理渠道：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="138" />
            <source>Choose the account type.</source>
            <translation>请选择账户种类。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="84" />
            <source>Customer &amp;kind:</source>
            <translation>客户类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="86" />
            <source>Customer &amp;name:</source>
            <translation>客户名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="96" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="98" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="136" />
            <source>Enter the customer's name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="102" />
            <source>Legal representative (or the customer)</source>
            <translation>法定代表人（或客户本人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="101" />
            <source>Online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="88" />
            <source>Present at the counter:</source>
            <translation>临柜人员：</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock_screen.py" line="113" />
            <source>Checking password…</source>
            <translation>正在核对密码…</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="78" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="77" />
            <source>Password to unlock</source>
            <translation>解锁密码</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="69" />
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="81" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="79" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="71" />
            <source>{name} stepped away. Only {name} can unlock this screen with their password.</source>
            <translation>{name}已离开柜台。只有{name}本人输入密码才能解锁。</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/main_window.py" line="148" />
            <source>&amp;Account</source>
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="145" />
            <source>&amp;Case</source>
            <translation>案件(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>&amp;Change password…</source>
            <translation>修改密码(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>&amp;Find a case</source>
            <translation>查询案件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <source>&amp;Home</source>
            <translation>首页(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>&amp;New case</source>
            <translation>新建开户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="154" />
            <source>&amp;Operation record</source>
            <translation>操作记录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;Start-of-day check</source>
            <translation>日初检查(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="146" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>Offline: the central database cannot be reached. Keep working — everything is saved on this computer and syncs when the connection is back.</source>
            <translation>脱机：无法连接中心数据库。请继续办理——所有内容都保存在本机，网络恢复后自动同步。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="244" />
            <source>Opening the case…</source>
            <translation>正在打开案件…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="153" />
            <source>Procedure &amp;flowchart</source>
            <translation>操作流程图(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>S&amp;ettings…</source>
            <translation>设置(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>Teller App</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="172" />
            <source>Teller App — TRAINING MODE</source>
            <translation>柜面开户系统——培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>{name} ({roles})</source>
            <translation>{name}（{roles}）</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../ui/names.py" line="26" />
            <source>Account setup and activation</source>
            <translation>账户设置与激活</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="14" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="25" />
            <source>Approval</source>
            <translation>授权审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="61" />
            <source>Approved</source>
            <translation>已授权</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="13" />
            <source>Auditor</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="40" />
            <source>Basic deposit account</source>
            <translation>基本存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="21" />
            <source>Beneficial owners</source>
            <translation>受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="11" />
            <source>Branch manager</source>
            <translation>网点负责人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="63" />
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="64" />
            <source>Completed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="24" />
            <source>Contract signing</source>
            <translation>合同签订</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="18" />
            <source>Customer intake</source>
            <translation>客户识别与接入</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="20" />
            <source>Document review</source>
            <translation>资料审核</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="31" />
            <source>Enterprise legal person</source>
            <translation>企业法人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="69" />
            <source>Filing deadline</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="41" />
            <source>General deposit account</source>
            <translation>一般存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="34" />
            <source>Government body or public institution</source>
            <translation>机关/事业单位</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="53" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="72" />
            <source>High-risk customer</source>
            <translation>高风险客户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="19" />
            <source>Identity check</source>
            <translation>身份核验</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="71" />
            <source>Identity document expired</source>
            <translation>身份证件已过期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="57" />
            <source>In progress</source>
            <translation>办理中</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="36" />
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="33" />
            <source>Individual business</source>
            <translation>个体工商户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="23" />
            <source>Intent confirmation</source>
            <translation>开户意愿核实</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="50" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="51" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="52" />
            <source>Medium-high</source>
            <translation>中高</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="32" />
            <source>Non-legal-person enterprise</source>
            <translation>非法人企业</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="35" />
            <source>Other organisation</source>
            <translation>其他组织</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="44" />
            <source>Personal class I account</source>
            <translation>个人Ⅰ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="45" />
            <source>Personal class II account</source>
            <translation>个人Ⅱ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="46" />
            <source>Personal class III account</source>
            <translation>个人Ⅲ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="27" />
            <source>Post-review</source>
            <translation>事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="12" />
            <source>Post-reviewer</source>
            <translation>事后监督员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="62" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="59" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="10" />
            <source>Risk officer</source>
            <translation>风险管理</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="22" />
            <source>Risk rating and limits</source>
            <translation>风险评级与额度核定</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="70" />
            <source>Same identifier on several open cases</source>
            <translation>同一证件号出现在多个在办案件中</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="42" />
            <source>Special deposit account</source>
            <translation>专用存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="68" />
            <source>Step overdue</source>
            <translation>环节超时</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="9" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="8" />
            <source>Teller</source>
            <translation>客户经理/柜员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="43" />
            <source>Temporary deposit account</source>
            <translation>临时存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="60" />
            <source>Waiting for approval</source>
            <translation>待授权</translation>
        </message>
    </context>
    <context>
        <name>PasswordChange</name>
        <message>
            <location filename="../../ui/password_change.py" line="72" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="106" />
            <source>Changing password…</source>
            <translation>正在修改密码…</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="80" />
            <source>Choose a new password that only you know.</source>
            <translation>请设置一个只有您本人知道的新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="88" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="85" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="82" />
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="95" />
            <source>Enter the new password twice.</source>
            <translation>请输入两次新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="86" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="87" />
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="84" />
            <source>New password again:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="83" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="92" />
            <source>The two new passwords are not the same.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <location filename="../../ui/password_change.py" line="74" />
            <source>Welcome, {name}. Before you start, choose a new password that only you know.</source>
            <translation>{name}，欢迎使用。开始办理业务前，请设置一个只有您本人知道的新密码。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="96" />
            <source>&amp;Central database:</source>
            <translation>中心数据库(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="97" />
            <source>&amp;Lock screen after (minutes):</source>
            <translation>无操作锁屏(分钟)(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="98" />
            <source>&amp;Printer:</source>
            <translation>打印机(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="104" />
            <source>Central database address</source>
            <translation>中心数据库地址</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="103" />
            <source>Empty: the embedded central database</source>
            <translation>留空：使用本机内置的中心数据库</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="99" />
            <source>L&amp;anguage:</source>
            <translation>语言(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="105" />
            <source>Minutes before the screen locks</source>
            <translation>无操作多少分钟后锁屏</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="109" />
            <source>Only an administrator can change the other settings.</source>
            <translation>其他设置只能由系统管理员修改。</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="107" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="110" />
            <source>Save or cancel</source>
            <translation>保存或取消</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="133" />
            <source>Saving settings…</source>
            <translation>正在保存设置…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="94" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="106" />
            <source>System default printer</source>
            <translation>系统默认打印机</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../ui/sign_in.py" line="98" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="96" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="93" />
            <source>Account opening at the counter</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="114" />
            <source>Demo workspace — sample users:</source>
            <translation>演示环境——示例用户：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="134" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="95" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="94" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="99" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="100" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="145" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="92" />
            <source>Teller App — sign in</source>
            <translation>柜面开户系统——登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="97" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="159" />
            <source>You must choose a new password before you continue.</source>
            <translation>继续之前必须设置新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="117" />
            <source>{user_name} ({role}): password {password}</source>
            <translation>{user_name}（{role}）：密码 {password}</translation>
        </message>
    </context>
    <context>
        <name>StartOfDay</name>
        <message>
            <location filename="../../ui/start_of_day.py" line="120" />
            <source>&amp;Continue to work</source>
            <translation>开始办理业务(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="175" />
            <source>A check that protects customer data failed. Do not start work yet.</source>
            <translation>保护客户数据的检查项未通过。请暂勿开始办理业务。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="198" />
            <source>All checks passed. Ready for the day.</source>
            <translation>全部检查通过，可以开始今天的工作。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="31" />
            <source>App version</source>
            <translation>系统版本</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="49" />
            <source>Ask IT support to correct the computer's date and time.</source>
            <translation>请联系信息技术支持校正本机日期和时间。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="50" />
            <source>Ask IT support to free disk space before the day's work.</source>
            <translation>请在开始工作前联系信息技术支持清理磁盘空间。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="51" />
            <source>Ask IT support to install the current version.</source>
            <translation>请联系信息技术支持安装最新版本。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="27" />
            <source>Central database</source>
            <translation>中心数据库</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="111" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="118" />
            <source>Check &amp;again</source>
            <translation>重新检查(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="119" />
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="46" />
            <source>Check the printer is on and has paper, or choose another one in Settings.</source>
            <translation>请确认打印机已开机且有纸，或在“设置”中选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="127" />
            <source>Checking this workstation…</source>
            <translation>正在检查本工作站…</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="29" />
            <source>Clock</source>
            <translation>系统时钟</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="121" />
            <source>Continue to work</source>
            <translation>开始办理业务</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="113" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="30" />
            <source>Disk space</source>
            <translation>磁盘空间</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="37" />
            <source>Do not open cases. Call IT support: the encryption keys are not available.</source>
            <translation>请勿办理开户。请联系信息技术支持：加密密钥不可用。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="40" />
            <source>Do not open cases. Call IT support: the local store cannot be used.</source>
            <translation>请勿办理开户。请联系信息技术支持：本地数据库无法使用。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="52" />
            <source>Do not open cases. Tell your supervisor: the operation record failed verification.</source>
            <translation>请勿办理开户。请报告主管：操作记录校验未通过。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="63" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="25" />
            <source>Key store</source>
            <translation>密钥库</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="26" />
            <source>Local store</source>
            <translation>本地数据库</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="61" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="32" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="28" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="112" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="108" />
            <source>Start-of-day check</source>
            <translation>日初检查</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="117" />
            <source>Start-of-day check results</source>
            <translation>日初检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="62" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="114" />
            <source>What to do</source>
            <translation>处理建议</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="43" />
            <source>You can work offline; cases sync when the connection is back. Tell IT if it lasts.</source>
            <translation>可以脱机办理，网络恢复后案件自动同步。若长时间无法连接，请告知信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="180" />
            <source>{failed} failed, {warned} with warnings. You can work; follow the advice below.</source>
            <translation>{failed} 项未通过，{warned} 项有警告。可以办理业务，请按下方建议处理。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="190" />
            <source>{warned} need attention. You can work; follow the advice below.</source>
            <translation>{warned} 项需要注意。可以办理业务，请按下方建议处理。</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="90" />
            <source>Connection to the central database</source>
            <translation>与中心数据库的连接</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="109" />
            <source>Connection: checking…</source>
            <translation>连接：检查中…</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="91" />
            <source>Items waiting to sync</source>
            <translation>待同步条目</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="92" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="132" />
            <source>Last sync: never</source>
            <translation>上次同步：从未</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="135" />
            <source>Last sync: {age} ago</source>
            <translation>上次同步：{age}前</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="130" />
            <source>Waiting to sync: {count}</source>
            <translation>待同步：{count}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="122" />
            <source>Waiting to sync: {count} (oldest {age})</source>
            <translation>待同步：{count}（最早一条已等待 {age}）</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="89" />
            <source>Working</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="26" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="25" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="23" />
            <source>{n} min</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="21" />
            <source>{n} s</source>
            <translation>{n} 秒</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="117" />
            <source>● Offline — work is saved here and syncs later</source>
            <translation>● 脱机——业务保存在本机，稍后同步</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="114" />
            <source>● Online</source>
            <translation>● 联机</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../ui/wizard/frame.py" line="158" />
            <source>&amp;Next →</source>
            <translation>下一步(&amp;N) →</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="156" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="155" />
            <source>Back to the previous step</source>
            <translation>返回上一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="160" />
            <source>Close case</source>
            <translation>关闭案件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="161" />
            <source>Close the case and go back home</source>
            <translation>关闭案件并返回首页</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="163" />
            <source>Form of the current step</source>
            <translation>当前环节表单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="66" />
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="144" />
            <source>Returned for correction: {reasons}</source>
            <translation>退回补正：{reasons}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="159" />
            <source>Save and go to the next step</source>
            <translation>保存并进入下一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="157" />
            <source>Save the case and stay on this step</source>
            <translation>保存案件并停留在本环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="250" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="235" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="69" />
            <source>Step {number} of {total}: {name}</source>
            <translation>第 {number}/{total} 步：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="162" />
            <source>Steps of the case</source>
            <translation>案件环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="77" />
            <source>TRAINING MODE</source>
            <translation>培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/pending_page.py" line="27" />
            <source>The form for “{step}” is not available in this version. Save the case and finish this step with your supervisor.</source>
            <translation>本版本暂不提供“{step}”的录入界面。请保存案件，并与主管一起完成本环节。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/pending_page.py" line="36" />
            <source>This step cannot be completed in this version yet.</source>
            <translation>本版本暂不能完成此环节。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="94" />
            <source>Time on this step: {spent}</source>
            <translation>本环节用时：{spent}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="90" />
            <source>Time on this step: {spent} of {sla} min</source>
            <translation>本环节用时：{spent}（时限 {sla} 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="154" />
            <source>← &amp;Back</source>
            <translation>← 上一步(&amp;B)</translation>
        </message>
    </context>
</TS>
