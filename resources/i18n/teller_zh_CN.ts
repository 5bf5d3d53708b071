<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountSetup</name>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>&amp;Activate the account</source>
            <translation>激活账户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>&amp;Clear the clash</source>
            <translation>解除冲突(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>&amp;Mark as filed</source>
            <translation>标记为已备案(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>&amp;Print the opening confirmation…</source>
            <translation>打印开户确认书(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>&amp;Record the approval</source>
            <translation>登记核准(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>&amp;Set up the account</source>
            <translation>设置账户(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Account number: {number}</source>
            <translation>账号：{number}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Activating…</source>
            <translation>正在激活…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Allowed: {permissions}</source>
            <translation>允许：{permissions}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Approval &amp;date</source>
            <translation>核准日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Approval &amp;number</source>
            <translation>核准号(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Approval date</source>
            <translation>核准日期</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Approval number</source>
            <translation>核准号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Approved by the regulator on {date}, approval number {number}</source>
            <translation>人民银行已于 {date} 核准，核准号 {number}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Cash deposit</source>
            <translation>存入现金</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Cash withdrawal</source>
            <translation>支取现金</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>Clear the clash</source>
            <translation>解除冲突</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filed on {date}, reference {reference}</source>
            <translation>已于 {date} 备案，备案编号 {reference}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing &amp;date</source>
            <translation>备案日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing &amp;reference</source>
            <translation>备案编号(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing date</source>
            <translation>备案日期</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing deadline: {date}</source>
            <translation>备案期限：{date}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing reference</source>
            <translation>备案编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Filing with the regulator (备案)</source>
            <translation>向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Limits: {single} CNY per transaction, {daily} CNY per day</source>
            <translation>限额：单笔 {single} 元，日累计 {daily} 元</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>No account number yet</source>
            <translation>尚未分配账号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>No filing</source>
            <translation>无需备案</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Payments out from: {date}</source>
            <translation>可办理付款业务日期：{date}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Payments out: 3 working days after the approval</source>
            <translation>付款业务：核准之日起3个工作日后方可办理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Recording…</source>
            <translation>正在登记…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Regulator's approval (核准)</source>
            <translation>人民银行核准</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Regulator: {regime}</source>
            <translation>监管要求：{regime}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>Second account found: the supervisor's decision</source>
            <translation>发现第二个账户：主管处理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Set up and activate the account.</source>
            <translation>请设置并激活账户。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Setting up the account…</source>
            <translation>正在设置账户…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>The account is active. The case is complete.</source>
            <translation>账户已激活，案件办结。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>The account is open. Close the case to go back home.</source>
            <translation>账户已开立。关闭案件即可返回首页。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>The number comes from this terminal's reserved block; it works offline.</source>
            <translation>账号取自本终端预留的号段，脱机时也可分配。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Transfers in</source>
            <translation>转入</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Transfers out</source>
            <translation>转出</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" />
            <source>Waiting for the regulator's approval: record it before activation.</source>
            <translation>等待人民银行核准：激活前须登记核准信息。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>Why it may &amp;go ahead:</source>
            <translation>可继续办理的理由(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>Why the account may go ahead</source>
            <translation>账户可继续办理的理由</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/uniqueness_clash_box.py" />
            <source>e.g. the other account was closed on …, or it is this same account</source>
            <translation>例如：另一账户已于……销户，或系同一账户</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" />
            <source>Teller App</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>The settings could not be read: {problem}
Ask IT to correct them.</source>
            <translation>无法读取设置：{problem}
请联系科技人员更正。</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>&amp;Request approval</source>
            <translation>申请授权(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>&amp;Resubmit for approval</source>
            <translation>重新提交授权(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Approved. Go on to set up the account.</source>
            <translation>已授权，请继续设置账户。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Checking the case and requesting approval…</source>
            <translation>正在检查案件并申请授权…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Every step is checked again when you request approval. Then a supervisor decides.</source>
            <translation>申请授权时将重新检查所有环节，然后由主管审批。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Request approval</source>
            <translation>申请授权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Request approval first.</source>
            <translation>请先申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Supervisor &amp;signs in to decide…</source>
            <translation>主管登录授权(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Supervisor signs in to decide</source>
            <translation>主管登录授权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>The case was rejected.</source>
            <translation>案件已被拒绝。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Waiting for a supervisor. The supervisor can sign in here, over your session, or decide from their own queue. You stay signed in.</source>
            <translation>等待主管审批。主管可在本机您的会话之上登录授权，也可在自己的待办中审批。您无需退出登录。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" />
            <source>Waiting for the supervisor's decision.</source>
            <translation>等待主管审批。</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>&amp;Filter</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>&amp;Verify the chain</source>
            <translation>校验记录链(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>(not shown to your role)</source>
            <translation>（您的岗位不可查看）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>({pairs})</source>
            <translation>（{pairs}）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>An action code or its beginning, for example case. or sign_in</source>
            <translation>操作代码或其开头，例如 case. 或 sign_in</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Apply the filter</source>
            <translation>应用筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Chain BROKEN at event {sequence}. Tell your supervisor and IT security now.</source>
            <translation>记录链在第 {sequence} 条事件处断裂。请立即报告主管和信息安全部门。</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Chain intact: {count} events checked.</source>
            <translation>记录链完整：已校验 {count} 条事件。</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Filter by action</source>
            <translation>按操作筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Filter by case number</source>
            <translation>按案件编号筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Filter by user</source>
            <translation>按用户筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Loading the operation record…</source>
            <translation>正在读取操作记录…</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>The newest {count} events; narrow the filter to see older ones</source>
            <translation>最新 {count} 条事件；缩小筛选范围可查看更早的记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Verify the operation record chain</source>
            <translation>校验操作记录链</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>Verifying the chain…</source>
            <translation>正在校验记录链…</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>chain broken</source>
            <translation>记录链断裂</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/audit/viewer.py" />
            <source>{count} events</source>
            <translation>共 {count} 条事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/details.py" />
            <source>{label}: {value}</source>
            <translation>{label}：{value}</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Based on version</source>
            <translation>基于版本</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Beneficial owner</source>
            <translation>受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Central version</source>
            <translation>中心版本</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Customer satisfaction</source>
            <translation>客户满意度</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Improvement suggestion</source>
            <translation>改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Incident</source>
            <translation>应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Keep the &amp;central version</source>
            <translation>采用中心版本(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Keep the &amp;terminal's version</source>
            <translation>采用终端版本(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Loading conflicts…</source>
            <translation>正在读取冲突…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Open conflicts</source>
            <translation>待处理冲突</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Post-review</source>
            <translation>事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Rectification</source>
            <translation>整改</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Resolving…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Risk rating</source>
            <translation>风险评级</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Scan of a document</source>
            <translation>资料扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Select a conflict first.</source>
            <translation>请先选择一条冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Since</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Step of a case</source>
            <translation>案件步骤</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/conflict_queue.py" />
            <source>Two terminals changed the same record. Both versions are kept whole; choose which one stands. The other terminal receives your choice at its next sync.</source>
            <translation>两台终端修改了同一条记录。两个版本均已完整保留；请选择采用哪一个。另一台终端在下次同步时会收到您的选择。</translation>
        </message>
    </context>
    <context>
        <name>Contract</name>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>&amp;Add a seal</source>
            <translation>添加印章(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>&amp;Preview and print the agreement… (F9)</source>
            <translation>预览并打印协议(&amp;P)…（F9）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Both originals are si&amp;gned and sealed</source>
            <translation>两份协议均已签字盖章(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Holder</source>
            <translation>持有人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Print the agreement first (Preview and print, or F8).</source>
            <translation>请先打印协议（预览并打印，或按 F8）。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Print the agreement in two originals first.</source>
            <translation>请先打印协议一式两份。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Print the agreement in two originals; the customer signs and seals both.</source>
            <translation>协议一式两份打印，由客户在两份上签字盖章。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Record that the agreement is signed.</source>
            <translation>请登记协议已签署。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Record the customer's confirmation.</source>
            <translation>请登记客户确认。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Saving the entries the agreement prints…</source>
            <translation>正在保存协议上打印的内容…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Seal</source>
            <translation>印章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Seal card</source>
            <translation>预留印鉴</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Seal card (预留印鉴)</source>
            <translation>预留印鉴</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Seal kind, row {row}</source>
            <translation>第 {row} 行印鉴种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Services and fees</source>
            <translation>服务项目与收费</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>Services and fees the customer chooses</source>
            <translation>客户选择的服务项目与收费</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>The customer &amp;confirmed the account type, services and fees</source>
            <translation>客户已确认账户种类、服务项目和收费标准(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>published fee schedule</source>
            <translation>按收费公示标准</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>{fee} {unit}</source>
            <translation>{fee} {unit}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" />
            <source>{service} — {fee}</source>
            <translation>{service}——{fee}</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>&amp;Import scan of the selected document…</source>
            <translation>导入所选资料的扫描件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Check each document against the original. Keys: ↑/↓ row, 0 pending, 1 received, 2 verified, 3 needs revision, 4 rejected, Space original seen, Enter reason. Verified needs “original seen”; needs revision and rejected need a reason.</source>
            <translation>逐项与原件核对。键盘：↑/↓ 换行，0 待收取，1 已收取，2 已核验，3 需补正，4 不予受理，空格 已核对原件，回车 选择原因。“已核验”须先核对原件；“需补正”和“不予受理”须选择原因。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Decision</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Decision on {document}</source>
            <translation>{document}的审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Document checklist</source>
            <translation>开户资料审核清单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>If applicable</source>
            <translation>视情况</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Import a scan (PDF, JPG, PNG)</source>
            <translation>导入扫描件（PDF、JPG、PNG）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Import scan</source>
            <translation>导入扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Loading the checklist…</source>
            <translation>正在读取资料清单…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Mandatory</source>
            <translation>必备</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>No scan of this document yet.</source>
            <translation>该资料尚无扫描件。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Original of {document} seen</source>
            <translation>已核对{document}原件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Original seen</source>
            <translation>已核对原件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Reason for {document}</source>
            <translation>{document}的原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Recording the decision…</source>
            <translation>正在登记审核结论…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Scan preview</source>
            <translation>扫描件预览</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Select a document to see its scans.</source>
            <translation>选择一项资料即可查看其扫描件。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Select the document the scan belongs to first.</source>
            <translation>请先选择扫描件所属的资料。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>Storing the scan encrypted…</source>
            <translation>正在加密保存扫描件…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>The checklist is loading.</source>
            <translation>正在读取资料清单。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>The scan cannot be shown, but it is stored.</source>
            <translation>扫描件无法显示，但已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" />
            <source>{count} mandatory documents are not verified yet.</source>
            <translation>还有 {count} 项必备资料未核验。</translation>
        </message>
    </context>
    <context>
        <name>DualSignIn</name>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>&amp;Approve</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Checking the supervisor and recording the decision…</source>
            <translation>正在核验主管身份并登记审批结论…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Decision:</source>
            <translation>审批结论：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Other reasons:</source>
            <translation>其他原因：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Re&amp;ject</source>
            <translation>拒绝(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Re&amp;turn for correction</source>
            <translation>退回补正(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Required to return or reject</source>
            <translation>退回或拒绝时必填</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Return to step:</source>
            <translation>退回至环节：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Standard reasons for the return</source>
            <translation>退回的标准原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Standard reasons:</source>
            <translation>标准原因：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Step to correct</source>
            <translation>需补正的环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Supervisor's &amp;password:</source>
            <translation>主管密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Supervisor's &amp;user name:</source>
            <translation>主管用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Supervisor's decision</source>
            <translation>主管审批</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Supervisor's password</source>
            <translation>主管密码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>Supervisor's user name</source>
            <translation>主管用户名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" />
            <source>{customer} — {account_type}. The supervisor signs in here; {teller} stays signed in.</source>
            <translation>{customer}——{account_type}。主管在此登录审批，{teller}无需退出登录。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>A backup cannot be written over the local data itself ({path}). Choose another file.</source>
            <translation>备份不能覆盖本地数据本身（{path}）。请另选文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>A branch code has 1 to 32 characters and is not '*'. Correct the branch code.</source>
            <translation>网点代码为1至32个字符，且不能是“*”。请更正网点代码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A capital-verification account needs the investors who pay in the capital.</source>
            <translation>注册验资临时存款账户须登记缴存资本的出资人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>A case cannot be returned to the step {step}.</source>
            <translation>案件不能退回至“{step}”环节。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>A credit code starting {prefix} is not registered for a customer of kind {kind} (expected {expected}).</source>
            <translation>以 {prefix} 开头的统一社会信用代码不属于“{kind}”类客户（应为 {expected}）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A customer of kind {kind} may not open an account of type {account_type}.</source>
            <translation>{kind}客户不能开立{account_type}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>A data key could not be opened: the key is wrong or the key file is damaged. Ask IT to recover the keys.</source>
            <translation>无法打开数据密钥：密钥错误或密钥文件已损坏。请联系信息科技人员恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A general deposit account cannot be opened at branch {branch}, which keeps the basic account.</source>
            <translation>不能在基本存款账户开户行 {branch} 开立一般存款账户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A general deposit account needs the number of the depositor's basic account.</source>
            <translation>开立一般存款账户须提供存款人的基本存款账户编号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>A high-risk customer needs enhanced due diligence (record its note).</source>
            <translation>高风险客户须进行强化尽职调查（请填写调查说明）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>A mainland {name} starts with 13 to 19; character {place} is {found}.</source>
            <translation>大陆{name}应以 13 至 19 开头；第 {place} 位是 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>A merged record must keep the record's identifier and branch. Correct the merge.</source>
            <translation>合并后的记录必须保留原记录的编号和网点。请更正合并内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>A number starting with 9 is a foreign permanent residence ID, any other a resident ID card. Choose the ID type that matches the document.</source>
            <translation>以 9 开头的号码是外国人永久居留身份证，其他为居民身份证。请选择与证件相符的证件类型。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>A one-time code is required, but none is set up for this user. Ask an administrator.</source>
            <translation>需要动态验证码，但该用户尚未设置。请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/__init__.py" />
            <source>A problem with this computer or the network stopped the operation: {detail}</source>
            <translation>本机或网络出现问题，操作未完成：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>A record of {entity} cannot be stored. Ask IT: the log says why.</source>
            <translation>{entity}的一条记录无法保存。请联系信息科技人员（原因见日志）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>A recovery key has {expected} characters, not {actual}. Enter it again from the sealed envelope.</source>
            <translation>恢复密钥应为{expected}个字符，而不是{actual}个。请按密封信封中的内容重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>A return names the steps to correct, each with its reasons.</source>
            <translation>退回补正须写明需补正的环节及原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>A service chosen is not offered with this account: choose from the list.</source>
            <translation>所选服务不适用于该账户，请在列表中选择。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>A share must be between 0 and 100%.</source>
            <translation>持股比例须在 0 至 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>A skipped survey has no comment.</source>
            <translation>客户跳过评价时不能填写意见。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A special deposit account needs the category of its funds.</source>
            <translation>开立专用存款账户须注明资金类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>A synchronised record does not match its change. Ask IT.</source>
            <translation>同步的记录与其变更不一致。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A temporary account expires at the latest on {latest}, 2 years after opening.</source>
            <translation>临时存款账户有效期最长至 {latest}（开户后 2 年）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>A temporary account must expire after the day it is opened ({opened}). Choose a later expiry date.</source>
            <translation>临时存款账户的有效期必须晚于开户日（{opened}）。请选择更晚的到期日。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>A terminal of branch {branch} may not write a record of branch {row_branch}. Ask IT.</source>
            <translation>网点{branch}的终端不得写入网点{row_branch}的记录。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>A travel permit number has 8 to 11 letters and digits. Check it against the permit.</source>
            <translation>通行证号码由 8 至 11 位字母和数字组成。请对照通行证核对。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>A user name has 1 to 64 letters, digits, dots, underscores or hyphens and starts with a letter or digit. Correct it.</source>
            <translation>用户名为1至64位字母、数字、点、下划线或连字符，并以字母或数字开头。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>A {role} may not decide on a case of risk level {level}; it needs one of: {allowed}.</source>
            <translation>{role}无权审批风险等级为“{level}”的案件；需由以下人员审批：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>A {role} may not {action}.</source>
            <translation>{role}无权{action}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Administrators may not disable, lock or change the role of their own user. Ask another administrator.</source>
            <translation>管理员不得停用、锁定本人用户或更改本人角色。请联系其他管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>An agent's seal or signature needs an agent recorded at intake.</source>
            <translation>受理时未登记授权代理人，不能预留代理人印鉴或签字。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>An approved case cannot be cancelled.</source>
            <translation>已审批的案件不能撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>An entry of the step cannot be recorded.</source>
            <translation>本环节有一项录入内容无法保存。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Another account of this kind is known for this depositor; a supervisor must decide first.</source>
            <translation>该存款人已有同类账户，须由主管先行处理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Another reviewer has this review.</source>
            <translation>该案件已由其他复核人员复核。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Answer {field} before rating the risk.</source>
            <translation>请先填写“{field}”，再进行风险评级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Approval is requested at the approval step; the case is at {step}.</source>
            <translation>须在授权审批环节提交审批，案件当前在“{step}”环节。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>At most {limit} characters, not {length}.</source>
            <translation>最多 {limit} 个字符，现有 {length} 个。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>At most {most} more working days for enhanced due diligence.</source>
            <translation>强化尽职调查最多延长 {most} 个工作日。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Branch {branch} has used all its account numbers. Ask IT.</source>
            <translation>网点{branch}的账号已全部用完。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Character 2 of the {name} is {found}, not a category of registration authority {authority}.</source>
            <translation>{name}第 2 位为 {found}，不是登记管理部门 {authority} 的机构类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Character {place} of the {name} must be {expected}; found {found}.</source>
            <translation>{name}第 {place} 位应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Character {position} of the account number must be a digit. Correct the account number.</source>
            <translation>账号第{position}位必须是数字。请更正账号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Choose one of the listed reasons, or Other.</source>
            <translation>请选择所列原因之一，或选择“其他”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Choose the result the verification terminal showed for {person}.</source>
            <translation>请选择联网核查终端显示的{person}核查结果。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Choose the sex of {owner}: male or female.</source>
            <translation>请选择{owner}的性别：男或女。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Confirm the intent with the legal representative: the procedure does not allow an agent.</source>
            <translation>请向法定代表人核实开户意愿：本流程不允许由代理人确认。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Conflict {conflict_id} was already resolved by {user}. Nothing more is needed.</source>
            <translation>冲突{conflict_id}已由{user}处理，无需再处理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>Data key {purpose} version {version} differs between terminals. Ask IT to change the branch's keys.</source>
            <translation>数据密钥{purpose}第{version}版在各终端之间不一致。请联系信息科技人员更换本网点密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Documents need revision or were rejected: {items}.</source>
            <translation>以下资料需补正或不予受理：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Enter each share as an exact number, such as 0.25 or 25%.</source>
            <translation>请以精确数值填写每项持股比例，例如 0.25 或 25%。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Enter the date the ID document is valid until.</source>
            <translation>请填写证件有效期截止日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Enter the date.</source>
            <translation>请输入日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Enter the one-time code from your authenticator.</source>
            <translation>请输入身份验证器上的动态验证码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Enter the reference number the verification terminal showed for {person}.</source>
            <translation>请填写联网核查终端显示的{person}核查流水号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Enter the reference number.</source>
            <translation>请输入编号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Enter whose seal or signature each line of the seal card is.</source>
            <translation>请填写预留印鉴每一行的名称或持有人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Event {seq} of terminal {terminal} differs between the backup and the central database. Ask IT.</source>
            <translation>终端{terminal}的第{seq}条事件在备份与中心数据库之间不一致。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Every shareholder needs an identifier. Enter the missing ones.</source>
            <translation>每位股东都需要证件号码。请补充缺少的号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Give a reason to cancel a case.</source>
            <translation>撤销案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Give a reason to {decision} a case.</source>
            <translation>{decision}案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Give the reason for the extension.</source>
            <translation>请填写延长时限的原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>In training mode you may work only on training cases.</source>
            <translation>培训模式下只能办理培训案件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Item {item} can be verified only after you confirm that you saw the original.</source>
            <translation>须先确认已核对原件，才能将“{item}”标为已核验。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Item {item} marked {decision} needs a reason.</source>
            <translation>“{item}”标为“{decision}”，须选择原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Keep the local record, the central record or a merged record, not {keep}.</source>
            <translation>请保留本地记录、中心记录或合并后的记录，而不是{keep}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>Keys already exist in {folder}; nothing was changed. Ask IT.</source>
            <translation>{folder}中已有密钥，未作任何更改。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Mandatory documents not verified: {items}.</source>
            <translation>以下必备资料尚未核验：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>More working days are only for a case under enhanced due diligence (high risk).</source>
            <translation>只有实施强化尽职调查（高风险）的案件才可延长办理时限。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>No account numbers are left on this terminal; connect to the central database to get more.</source>
            <translation>本终端的账号号段已用完；请连接中心数据库领取新号段。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>No exemption: a person who controls the customer is recorded; record the owners instead.</source>
            <translation>已登记实际控制人，不能豁免；请登记受益所有人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>No process definition is in force on {day}. Ask the process owner to publish one.</source>
            <translation>{day}没有生效的流程定义。请联系流程管理人员发布。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Nobody holds 25% or controls the customer; name the senior manager who runs daily operations.</source>
            <translation>无人持股达 25% 或实际控制该客户；请填写负责日常经营管理的高级管理人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Note: the ID document expires on {expiry}, in {days} days.</source>
            <translation>提示：该证件将于 {expiry} 到期，还剩 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Only an investor named at opening may pay into a capital-verification account. Check the payer.</source>
            <translation>只有开户时登记的出资人才能向验资账户缴款。请核对缴款人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Only the case's teller answers this request.</source>
            <translation>只有该案件的经办柜员可以答复此整改通知。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Only the teller who opened the case works on it.</source>
            <translation>只有受理该案件的柜员可以办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Payments out would reach {total} this year; this account allows {cap} a year. Lower the amount.</source>
            <translation>本年付款将达到{total}，该账户每年限额为{cap}。请减少金额。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Payments out would reach {total} today; this account allows {cap} a day. Lower the amount or pay the rest tomorrow.</source>
            <translation>今日付款将达到{total}，该账户每日限额为{cap}。请减少金额或于次日支付其余部分。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/__init__.py" />
            <source>Please check what you entered: {detail}</source>
            <translation>请检查输入内容：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Rate the customer's risk first.</source>
            <translation>请先评定客户风险等级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Record at least one beneficial owner or the exemption.</source>
            <translation>请至少登记一名受益所有人，或登记豁免。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Record the findings before asking for a rectification.</source>
            <translation>请先记录发现的问题，再发出整改通知。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Risk level {level} must be reviewed at least every {limit} months, not {months}. Ask the process owner to correct the process definition.</source>
            <translation>风险等级{level}至少每{limit}个月复核一次，而不是{months}个月。请联系流程管理人员更正流程定义。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Risk level {level} needs a review interval of at least one month. Ask the process owner to correct the process definition.</source>
            <translation>风险等级{level}须设定至少一个月的复核周期。请联系流程管理人员更正流程定义。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Satisfaction is recorded when the case is finished.</source>
            <translation>案件办结后才能记录满意度。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>Say for each shareholder whether it is a natural person or an organisation.</source>
            <translation>请为每位股东注明是自然人还是机构。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Say what the review found.</source>
            <translation>请写明总结复盘的结论。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Say what the teller must put right.</source>
            <translation>请写明柜员需要整改的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Say what was put right.</source>
            <translation>请写明已整改的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Say whether the photo was compared for {person}.</source>
            <translation>请选择是否已对{person}进行人像比对。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>Scans must be PDF, JPG or PNG files, not {suffix}.</source>
            <translation>扫描件须为 PDF、JPG 或 PNG 文件，不能是 {suffix}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Set up the account first.</source>
            <translation>请先完成账户设置。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>Something went wrong that should not have. Your entries are kept; tell IT support.</source>
            <translation>发生了意外错误。已输入的内容均已保留；请联系信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Step {step} comes after {expected}.</source>
            <translation>“{step}”须在“{expected}”之后办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>Steps not complete: {steps}.</source>
            <translation>以下环节尚未完成：{steps}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>Stored data failed its integrity check ({table}, record {row_id}). Stop and ask IT.</source>
            <translation>存储的数据未通过完整性校验（{table}，记录{row_id}）。请停止操作并联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>Switch to training mode first (Tools → Training mode).</source>
            <translation>请先切换到培训模式（工具 → 培训模式）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Terminal code {terminal} is already used by branch {other}. Ask IT for another terminal code.</source>
            <translation>终端代码{terminal}已被网点{other}使用。请联系信息科技人员另定终端代码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>Terminal {terminal} of branch {branch} is not registered with the central database. Ask IT to register it.</source>
            <translation>网点{branch}的终端{terminal}未在中心数据库注册。请联系信息科技人员注册。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>That is a folder, not a scan. Choose the scan's file.</source>
            <translation>所选的是文件夹而非扫描件。请选择扫描件文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The ID document expired on {expiry}: it cannot be accepted.</source>
            <translation>该证件已于 {expiry} 过期，不予受理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The account is already set up.</source>
            <translation>账户已设置完成。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The account number must have {expected} characters, not {actual}. Enter it again.</source>
            <translation>账号必须为{expected}位，而不是{actual}位。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The account number's check digits do not match; it was probably mistyped. Enter it again.</source>
            <translation>账号校验位不符，可能输入有误。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The account sequence {sequence} is outside 1 to {largest}. Check the account number.</source>
            <translation>账户序号{sequence}不在1至{largest}范围内。请核对账号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The acting user is not known. Sign in again.</source>
            <translation>无法识别操作人员。请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The agreement is not signed yet.</source>
            <translation>协议尚未签署。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The agreement of the case as it now stands has not been printed. Print it, have the customer sign both printed originals, then record that they are signed.</source>
            <translation>尚未打印本案件当前内容的协议。请先打印协议，由客户在两份正本上签字盖章，再记录已签署。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The alerts could not be worked out: the time {value} has no time zone.</source>
            <translation>无法生成提醒：时间 {value} 没有时区。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The amount {amount} is not a positive sum. Enter an amount above zero.</source>
            <translation>金额{amount}不是正数。请输入大于零的金额。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The application's data upgrade is inconsistent. Ask IT to reinstall the application.</source>
            <translation>程序的数据升级不一致。请联系信息科技人员重新安装程序。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The approval request expired at {expires_at}; request approval again.</source>
            <translation>授权申请已于 {expires_at} 过期，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The approval's validity must be more than zero and at most {limit} hours, not {hours}. Correct the setting.</source>
            <translation>审批有效期必须大于零且不超过{limit}小时，而不是{hours}小时。请更正设置。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup comes from a newer version of the application ({revision}). Ask IT to update this computer first.</source>
            <translation>该备份来自较新版本的程序（{revision}）。请先联系信息科技人员升级本机。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup could not be written to {path} ({problem}). Check the disk and try again.</source>
            <translation>无法将备份写入{path}（{problem}）。请检查磁盘后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup {path} could not be restored ({problem}). Ask IT.</source>
            <translation>无法恢复备份{path}（{problem}）。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup {path} failed its integrity check. Ask IT to use another backup.</source>
            <translation>备份{path}未通过完整性校验。请联系信息科技人员使用其他备份。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup's audit record is broken at event {seq}, so it cannot be restored. Ask IT to use another backup.</source>
            <translation>备份的审计记录在第{seq}条事件处断裂，无法恢复。请联系信息科技人员使用其他备份。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup's data does not open with this terminal's keys. Ask IT.</source>
            <translation>该备份的数据无法用本终端的密钥打开。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The backup's key record is damaged or missing. Ask IT to restore from another backup.</source>
            <translation>备份中的密钥记录已损坏或缺失。请联系信息科技人员使用其他备份恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The balance would reach {total}, but this account may hold at most {cap}. Lower the amount.</source>
            <translation>余额将达到{total}，但该账户最多只能存放{cap}。请减少金额。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The bank-wide uniqueness key file does not open with this secret. Check the secret, or ask IT for the bank's key file.</source>
            <translation>全行唯一性密钥文件无法用此密码打开。请核对密码，或向信息科技部门索取本行的密钥文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The bank-wide uniqueness key is not a valid key. Ask IT for the bank's key file.</source>
            <translation>全行唯一性密钥无效。请向信息科技部门索取本行的密钥文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The birth date in the {name} is in the future.</source>
            <translation>{name}中的出生日期晚于今天。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The birth date in the {name} is not a real date: the {part} (character {place}) is wrong.</source>
            <translation>{name}中的出生日期不是有效日期：{part}（第 {place} 位）有误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The branch code may hold only digits and the letters A to Z. Correct the branch code.</source>
            <translation>网点代码只能包含数字和大写字母。请更正网点代码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The branch code must have {low} to {high} characters. Correct the branch code.</source>
            <translation>网点代码必须为{low}至{high}位。请更正网点代码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The branch of the basic account is not given. Enter the branch where the basic account is held.</source>
            <translation>未填写基本存款账户的开户网点。请填写基本存款账户所在网点。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The branch setting {field} has {length} characters (at most {limit}).</source>
            <translation>营业机构设置 {field} 有 {length} 个字符（最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The branch setting {field} is required.</source>
            <translation>必须填写营业机构设置：{field}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case already has an open approval request.</source>
            <translation>该案件已有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case cannot make this move now.</source>
            <translation>案件当前不能执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case changed after approval was requested; request approval again.</source>
            <translation>申请授权后案件内容发生了变化，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case has no open approval request.</source>
            <translation>该案件没有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case has no risk level yet.</source>
            <translation>该案件尚未评定风险等级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case is already approved.</source>
            <translation>案件已审批通过。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case is waiting for approval; it cannot change until the checker decides.</source>
            <translation>案件正在等待授权，审批人作出决定前不能修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case is {status}; it takes no more changes.</source>
            <translation>案件状态为“{status}”，不能再修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case needs a valid approval before account setup.</source>
            <translation>账户设置前须取得有效授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case record is damaged ({field}). Tell IT; nothing was changed.</source>
            <translation>案件记录已损坏（{field}），请联系科技人员；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The case runs under procedure {version}, which this terminal does not know. Sync, then try again.</source>
            <translation>本案件适用流程版本 {version}，本机尚无该版本。请先同步后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The case was returned for correction; resubmit it after the correction.</source>
            <translation>案件已退回补正，请补正后重新提交。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The central copy of terminal {terminal}'s audit record differs from the backup at event {seq}. Ask IT.</source>
            <translation>中心保存的终端{terminal}审计记录在第{seq}条事件处与备份不一致。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The central copy of terminal {terminal}'s audit record is broken at event {seq}. Ask IT.</source>
            <translation>中心保存的终端{terminal}审计记录在第{seq}条事件处断裂。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address is not accepted: it must begin postgresql+psycopg://. Ask IT to correct it.</source>
            <translation>中心数据库地址不被接受：地址须以 postgresql+psycopg:// 开头。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address is not accepted: postgres:// is a short form the application does not read; it must begin postgresql+psycopg://. Ask IT to correct it.</source>
            <translation>中心数据库地址不被接受：本应用不识别 postgres:// 这种简写，地址须以 postgresql+psycopg:// 开头。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address is not accepted: the database driver {driver} is not installed with the application; it must begin postgresql+psycopg://. Ask IT to correct it.</source>
            <translation>中心数据库地址不被接受：本应用未安装数据库驱动 {driver}，地址须以 postgresql+psycopg:// 开头。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address is not valid. Ask IT to correct it.</source>
            <translation>中心数据库地址无效。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address must not hold a password; IT gives it to the terminal when setting it up.</source>
            <translation>中心数据库地址中不得包含密码；密码由信息科技人员在设置终端时提供。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address must not hold the terminal key; IT gives it to the terminal when setting it up.</source>
            <translation>中心数据库地址中不得包含终端密钥；密钥由信息科技人员在设置终端时提供。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address names no database. Ask IT to correct it.</source>
            <translation>中心数据库地址未指定数据库。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database address names no server. Ask IT to correct it.</source>
            <translation>中心数据库地址未指定服务器。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database cannot be reached. Work goes on offline; it syncs when it is back.</source>
            <translation>无法连接中心数据库。可继续离线办理，恢复连接后自动同步。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database is newer than this app. Ask IT to upgrade this computer.</source>
            <translation>中心数据库的版本比本程序新。请联系科技人员升级本机程序。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database is not set up yet. Ask IT to prepare it; work goes on offline.</source>
            <translation>中心数据库尚未建立。请联系科技人员准备；可继续离线办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database is older than this app. Ask IT to upgrade it; work goes on offline.</source>
            <translation>中心数据库的版本比本程序旧。请联系科技人员升级；可继续离线办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database keeps no records of {entity}. Ask IT.</source>
            <translation>中心数据库不保存{entity}记录。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database must be PostgreSQL or SQLite, not {dialect}. Ask IT to correct the address.</source>
            <translation>中心数据库类型{dialect}不受支持。请联系信息科技人员更正地址。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The central database refused this synchronisation. Ask IT: the log says why.</source>
            <translation>中心数据库拒绝了本次同步。请联系信息科技人员（原因见日志）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The certification needs a date. Enter the date.</source>
            <translation>认证需要日期。请输入日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The check character of the {name} (character {place}) should be {expected}, not {found}; a character was probably mistyped.</source>
            <translation>{name}的校验位（第 {place} 位）应为 {expected}，而不是 {found}；可能有字符输错。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The clause file {path} cannot be used ({key}: {problem}). Ask IT to install a correct clause file.</source>
            <translation>条款文件{path}无法使用（{key}：{problem}）。请联系信息科技人员安装正确的条款文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The customer's confirmation is not recorded.</source>
            <translation>尚未登记客户确认。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The customer's intent to open the account is not confirmed.</source>
            <translation>尚未核实客户的开户意愿。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The customer's satisfaction is already recorded.</source>
            <translation>该客户的满意度已记录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The date {day} is before the account was opened ({opened}).</source>
            <translation>日期 {day} 早于开户日期（{opened}）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The date {day} is in the future.</source>
            <translation>日期 {day} 晚于今天。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The depositor is not identified. Complete the depositor's identity first.</source>
            <translation>未识别存款人。请先完成存款人身份信息。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The document cannot be laid out: an entry is too large for the page.</source>
            <translation>文件无法排版：有一项内容超出页面。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The document cannot be printed: an entry has {length} characters (at most {limit}).</source>
            <translation>文件无法打印：有一项内容长 {length} 个字符（最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The document cannot be printed: the bank's side (乙方) of branch {branch} has no {field}. IT sets it on the central database (teller-admin branch set); it arrives here with the next sync.</source>
            <translation>无法打印该单据：营业机构 {branch} 的乙方信息缺少{field}。该信息由科技部门在中心数据库中设置（teller-admin branch set），下次同步时传到本终端。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The enrolment secret matches no open enrolment of branch {branch}. Ask IT for a new one.</source>
            <translation>该注册口令与网点{branch}的任何有效注册均不匹配。请联系信息科技人员获取新的口令。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The entries of the step could not be read.</source>
            <translation>无法读取本环节的录入内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The exemption needs registered capital of at most 10,000,000 CNY, only natural-person shareholders, and nobody outside them who controls or benefits.</source>
            <translation>豁免须同时满足：注册资本不超过1000万元，股东全部为自然人，且不存在股东以外的人控制或受益。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The exemption needs the customer's signed commitment: who signed it and its reference.</source>
            <translation>豁免须有客户签署的承诺书：请登记签署人和承诺书编号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The extension must be a whole number of days.</source>
            <translation>延长天数须为整数。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The field {field} is not known here.</source>
            <translation>此处没有“{field}”这一项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The field {field} is required.</source>
            <translation>“{field}”为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>The file cannot be read. Check that it is a scan on this computer and try again.</source>
            <translation>无法读取该文件。请确认它是本机上的扫描件后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>The file is no longer there (moved or deleted). Choose it again.</source>
            <translation>该文件已不在原处（已被移动或删除）。请重新选择。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The file is not a {media_type} scan (PDF, JPG or PNG).</source>
            <translation>该文件不是有效的 {media_type} 扫描件（PDF、JPG 或 PNG）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} cannot be read. Check the file and try again.</source>
            <translation>无法读取文件{file}。请检查文件后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} does not hold a list of applications. Choose an application export file.</source>
            <translation>文件{file}不包含申请列表。请选择申请导出文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} holds more than {limit} applications. Split it into smaller files.</source>
            <translation>文件{file}包含超过{limit}笔申请。请拆分为较小的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} is larger than {limit} bytes. Split it into smaller files.</source>
            <translation>文件{file}超过{limit}字节。请拆分为较小的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} is not an application file. Choose an application export file.</source>
            <translation>文件{file}不是申请文件。请选择申请导出文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The file {file} is not readable text. Choose an application export file.</source>
            <translation>文件{file}不是可读取的文本。请选择申请导出文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The file {path} is not a certificate file. Ask IT to provide the right file.</source>
            <translation>文件{path}不是证书文件。请联系信息科技人员提供正确的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The filter {field} is not valid. Correct it and try again.</source>
            <translation>筛选条件 {field} 无效，请更正后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The flowchart has boxes with the same code ({duplicates}). Ask the process owner to correct the process definition.</source>
            <translation>流程图中有代码重复的节点（{duplicates}）。请联系流程管理人员更正流程定义。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The folder {folder} does not exist; nothing was written. Choose another folder.</source>
            <translation>文件夹{folder}不存在，未写入任何内容。请另选文件夹。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The font file {path} cannot be read ({reason}). Ask IT to reinstall the application.</source>
            <translation>无法读取字体文件{path}（{reason}）。请联系信息科技人员重新安装本程序。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The font file {path} is missing, so documents cannot be printed. Ask IT to reinstall the application.</source>
            <translation>字体文件{path}缺失，无法打印文件。请联系信息科技人员重新安装本程序。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The help texts are incomplete ({source}: no help for {steps}). Ask IT to install the help files.</source>
            <translation>帮助文本不完整（{source}：缺少{steps}的帮助）。请联系信息科技人员安装帮助文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The help texts cannot be read. Ask IT to check the installation.</source>
            <translation>无法读取帮助文本，请联系科技人员检查安装。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The holdings go deeper than {limit} layers.</source>
            <translation>持股层级超过 {limit} 层。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key change that was interrupted cannot be finished (key {active}, version {version}). Ask IT.</source>
            <translation>中断的密钥更换无法完成（密钥{active}，版本{version}）。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key file is damaged. Ask IT to recover the keys.</source>
            <translation>密钥文件已损坏。请联系信息科技人员恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key store holds no audit key. Ask IT to recover the keys.</source>
            <translation>密钥库中没有审计密钥。请联系信息科技人员恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key store passphrase is needed to open the data on this computer.</source>
            <translation>需要输入密钥库口令才能打开本机数据。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key store passphrase is wrong. Try again.</source>
            <translation>密钥库口令错误，请重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key store passphrase must have at least {minimum} characters.</source>
            <translation>密钥库口令至少需要 {minimum} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key store setting {value} is not valid. Ask IT to correct it.</source>
            <translation>密钥库设置{value}无效。请联系信息科技人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The key that protects this terminal's data is missing. Ask IT to recover the keys.</source>
            <translation>保护本终端数据的密钥缺失。请联系信息科技人员恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data cannot be used. Ask IT.</source>
            <translation>本地数据无法使用。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data cannot be written safely on this computer. Ask IT.</source>
            <translation>本机无法安全写入本地数据。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data could not be written. Check the disk and try again; if it happens again, ask IT: the log says why.</source>
            <translation>无法写入本地数据。请检查磁盘后重试；如再次出现，请联系信息科技人员（原因见日志）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data is in use (the application or a synchronisation is running). Close it and restore again.</source>
            <translation>本地数据正在使用中（程序或同步正在运行）。请关闭后重新恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data was written by a newer version of the application ({revision}). Ask IT to update this computer.</source>
            <translation>本地数据由较新版本的程序写入（{revision}）。请联系信息科技人员升级本机。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The local data {path} is damaged. Ask IT to restore it from a backup.</source>
            <translation>本地数据{path}已损坏。请联系信息科技人员从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The new expiry {new_expiry} is not later than the current one ({expiry}). Choose a later date.</source>
            <translation>新的到期日{new_expiry}不晚于当前到期日（{expiry}）。请选择更晚的日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The new password must differ from the old one. Choose another password.</source>
            <translation>新密码必须与旧密码不同。请另选密码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The note has {length} characters; at most {most}.</source>
            <translation>说明共 {length} 个字符，最多 {most} 个。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The number of ownership layers cannot be negative. Correct it.</source>
            <translation>股权层级数不能为负数。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The one-time code is wrong or has expired.</source>
            <translation>动态验证码错误或已过期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The one-time code must be {digits} digits. Enter it again.</source>
            <translation>动态验证码必须为{digits}位数字。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The online ID check has no record of the ID number of {person} (库中无此号).</source>
            <translation>联网核查结果：{person}的身份证号库中无此号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The online ID check of {person} answered mismatch or number not on record; that answer stands for this name and number.</source>
            <translation>{person}的联网核查结果为“不一致”或“库中无此号”；该姓名和号码的核查结果不可更改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The online ID check of {person} is not done.</source>
            <translation>尚未对{person}进行联网核查。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The online ID check of {person} lacks its reference number or photo comparison.</source>
            <translation>{person}的联网核查记录缺少核查流水号或人像比对结果。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The online ID check says the name and ID number of {person} do not match (不一致).</source>
            <translation>联网核查结果：{person}的姓名与身份证号不一致。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The password contains a control character.</source>
            <translation>密码中含有控制字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The password must have at least {min_length} characters.</source>
            <translation>密码至少需要 {min_length} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The password must have at most {max_length} characters.</source>
            <translation>密码最多 {max_length} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The password must mix at least {required} kinds of characters (lower case, upper case, digits, others); it has {found}.</source>
            <translation>密码至少需包含 {required} 类字符（小写字母、大写字母、数字、其他符号），当前只有 {found} 类。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The password must not contain the user name.</source>
            <translation>密码中不能包含用户名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The payment of {amount} exceeds the {exceeded} limit and needs special approval. Ask a supervisor.</source>
            <translation>付款{amount}超过{exceeded}限额，需要特别审批。请联系主管。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The print could not be recorded: it belongs to another document or case. Print it again.</source>
            <translation>无法记录本次打印：打印任务属于其他单据或案件。请重新打印。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/__init__.py" />
            <source>The procedure does not allow this: {detail}</source>
            <translation>操作规程不允许此操作：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The process definition cannot be read ({source}: {problem}). Ask IT to check the files.</source>
            <translation>无法读取流程定义（{source}：{problem}）。请联系信息科技人员检查文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The process definition cannot be read ({source}: {problem}). Ask the process owner to correct it.</source>
            <translation>无法读取流程定义（{source}：{problem}）。请联系流程管理人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The process definition folder is missing ({source}). Ask IT to install the process definition.</source>
            <translation>缺少流程定义文件夹（{source}）。请联系信息科技人员安装流程定义。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The process definition is not readable text ({source}: {problem}). Ask the process owner to correct it.</source>
            <translation>流程定义不是可读取的文本（{source}：{problem}）。请联系流程管理人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The process definition is not usable ({source}, {key}: {problem}). Ask the process owner to correct it.</source>
            <translation>流程定义无法使用（{source}，{key}：{problem}）。请联系流程管理人员更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The recovery key was mistyped. Enter it again from the sealed envelope.</source>
            <translation>恢复密钥输入有误。请按密封信封中的内容重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The reference number is one word of at most {limit} characters.</source>
            <translation>核查流水号不能含空格，最多 {limit} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The reference number may have at most {most} printable characters.</source>
            <translation>编号最多 {most} 个可打印字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The registered capital cannot be {value}. Check it against the business licence.</source>
            <translation>注册资本不能为{value}。请与营业执照核对。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The registered capital must be an exact amount, not {value}. Correct it.</source>
            <translation>注册资本必须是确切金额，而不是{value}。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The review does not name a checklist item. Choose the item you reviewed.</source>
            <translation>审核未指明清单项目。请选择所审核的项目。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The review does not name its reviewer. Sign in again and repeat the review.</source>
            <translation>审核未记录审核人。请重新登录后再次审核。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The review is not at a stage where this can be done.</source>
            <translation>该复核当前所处阶段不能进行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The reviewer who signs must be the one signed in here.</source>
            <translation>签署决定的复核人员须为本机已登录的人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The role {role} needs a certification to work on real cases; training mode only.</source>
            <translation>{role}岗位须持有效上岗资格才能办理真实业务；目前只能使用培训模式。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The same shareholder is listed twice under one company.</source>
            <translation>同一公司下重复列出了同一股东。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The scan has {size} bytes; at most {limit}.</source>
            <translation>扫描件大小为 {size} 字节，上限为 {limit}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The scan is empty.</source>
            <translation>扫描件为空。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>The scan is {size} MB; at most 20 MB.</source>
            <translation>扫描件为 {size} MB，上限为 20 MB。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The score is 1 to 5.</source>
            <translation>评分为 1 至 5 分。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The screen is locked. Enter your password to continue.</source>
            <translation>屏幕已锁定。请输入密码继续。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The seal card needs the company seal (公章) or the financial seal (财务专用章).</source>
            <translation>预留印鉴须包含单位公章或财务专用章。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The seal card needs the name seal or signature of the legal representative or the agent.</source>
            <translation>预留印鉴须包含法定代表人或授权代理人的名章或签字。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The shareholder list is not in the expected form.</source>
            <translation>股东清单格式不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The shareholdings go round in a circle; check who holds whom.</source>
            <translation>持股关系出现循环，请核对各股东之间的持股关系。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>The shares of one company's shareholders add up to more than 100%.</source>
            <translation>同一公司各股东的持股比例合计超过 100%。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The signing key file is not a valid signing key. Choose the right key file.</source>
            <translation>签名密钥文件不是有效的签名密钥。请选择正确的密钥文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The stages are taken in order; this is not the next one.</source>
            <translation>各阶段须依次进行，这不是下一阶段。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The start date {since} is after the end date {until}. Swap them and try again.</source>
            <translation>开始日期 {since} 晚于结束日期 {until}，请调换后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The step {step} cannot be skipped for this case.</source>
            <translation>本案件不能跳过“{step}”环节。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The step {step} is not complete.</source>
            <translation>“{step}”环节尚未完成。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The stored password of this user is damaged. Ask an administrator to reset it.</source>
            <translation>该用户存储的密码已损坏。请联系管理员重置。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The stored password of this user is in an unknown format ({algorithm}). Ask an administrator to reset it.</source>
            <translation>该用户存储的密码格式未知（{algorithm}）。请联系管理员重置。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>The suggestion is closed.</source>
            <translation>该建议已关闭。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The supervisor must be another person than the one signed in here.</source>
            <translation>审批主管须是本机当前登录人员以外的另一人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The supervisor must sign in with their own user name and password to decide.</source>
            <translation>主管须用本人的用户名和密码登录后才能作出决定。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The system key store could not be read. Unlock it (or call IT support) and try again.</source>
            <translation>无法读取系统密钥库。请解锁（或联系信息技术支持）后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The system key store refused the key. Ask IT: the log says why.</source>
            <translation>系统密钥库拒绝保存密钥。请联系信息科技人员（原因见日志）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The temporary account expired on {expiry}; an extension must be asked for before expiry. Open a new account instead.</source>
            <translation>该临时存款账户已于{expiry}到期，展期须在到期前申请。请改为重新开户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The time {value} has no time zone. Ask IT: this is a program fault.</source>
            <translation>时间{value}没有时区。请联系信息科技人员：这是程序故障。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The training material cannot be read ({source}: {problem}). Ask IT.</source>
            <translation>无法读取培训材料（{source}：{problem}）。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>The two passphrases differ; nothing was changed. Enter them again.</source>
            <translation>两次输入的口令不一致，未作任何更改。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The user name and the password must be text. Enter them again.</source>
            <translation>用户名和密码必须是文本。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The user name may have at most {username_max} characters and the password {password_max}.</source>
            <translation>用户名最多{username_max}个字符，密码最多{password_max}个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The user name {username} is already used by a person of branch {branch}. Choose another.</source>
            <translation>用户名（柜员号）{username} 已被机构 {branch} 的人员使用，请另选一个。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>The user name {username} is taken. Choose another.</source>
            <translation>用户名{username}已被使用。请另选。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The verification service did not answer for {person}: try again, or record what the verification terminal shows.</source>
            <translation>联网核查服务未返回{person}的核查结果：请重试，或录入联网核查终端显示的结果。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The working calendar cannot be read ({source}: {problem}). Ask IT to check the calendar files.</source>
            <translation>无法读取工作日历（{source}：{problem}）。请联系信息科技人员检查日历文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The working calendar has no working day in the {days} days after {day}. Ask IT to update the calendar.</source>
            <translation>工作日历中{day}之后的{days}天内没有工作日。请联系信息科技人员更新日历。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>The working calendar is missing ({source}). Ask IT to install the calendar files.</source>
            <translation>缺少工作日历（{source}）。请联系信息科技人员安装日历文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The years in business cannot be negative. Correct it.</source>
            <translation>经营年限不能为负数。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>The {document} cannot be printed: {fields} missing.</source>
            <translation>无法打印{document}：缺少{fields}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>The {field} code must be 1 to 32 letters, digits, hyphens or underscores. Correct it.</source>
            <translation>{field}代码必须为1至32位字母、数字、连字符或下划线。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>The {field} {total} is not a sum of zero or more. Correct the amount.</source>
            <translation>{field}{total}不是零或正数。请更正金额。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} is empty.</source>
            <translation>{name}为空。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} is not valid. Check it against the original document.</source>
            <translation>{name}无效。请与原件核对。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} must be text, not {found}. Enter it again.</source>
            <translation>{name}必须是文本，而不是{found}。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} must contain at least one digit. Check the number.</source>
            <translation>{name}必须至少包含一位数字。请核对号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} must have {expected} characters; it has {found}.</source>
            <translation>{name}应为 {expected} 位，当前为 {found} 位。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} starts with an unknown region code {found}.</source>
            <translation>{name}开头的行政区划代码 {found} 不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>The {name} starts with {found}, which is no registration authority (1-9, A, N, Y).</source>
            <translation>{name}以 {found} 开头，不是登记管理部门代码（1-9、A、N、Y）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>There is no active user {user}.</source>
            <translation>没有在用的用户 {user}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>There is no assessment {assessment}.</source>
            <translation>没有考核 {assessment}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>There is no backup file at {path}. Choose the backup file.</source>
            <translation>{path}处没有备份文件。请选择备份文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>There is no case state {state}; the states are: {states}. Choose one of them.</source>
            <translation>没有业务状态{state}，可选状态为：{states}。请从中选择。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>There is no case {case_id}.</source>
            <translation>不存在案件 {case_id}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>There is no certificate file at {path}. Ask IT to install it.</source>
            <translation>{path}处没有证书文件。请联系信息科技人员安装。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>There is no clause text in force on {day} ({path}). Ask IT to install the clause file.</source>
            <translation>{day}没有生效的条款文本（{path}）。请联系信息科技人员安装条款文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>There is no conflict {conflict_id}. Refresh the list.</source>
            <translation>没有冲突{conflict_id}。请刷新列表。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>There is no help for this step.</source>
            <translation>本步骤没有帮助内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>There is no local data at {path}. Ask IT to set up or restore this terminal.</source>
            <translation>{path}处没有本地数据。请联系信息科技人员设置或恢复本终端。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>There is no process definition ({source}). Ask IT to install it.</source>
            <translation>没有流程定义（{source}）。请联系信息科技人员安装。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>There is no role {role}; the roles are: {roles}. Choose one of them.</source>
            <translation>没有角色{role}，可选角色为：{roles}。请从中选择。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>There is no scan {scan_id} in this case. Scan the document again.</source>
            <translation>本业务中没有扫描件{scan_id}。请重新扫描该文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>There is no special account category {category}. Choose a category from the list.</source>
            <translation>没有专用存款账户类别{category}。请从列表中选择类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>There is no such document to print.</source>
            <translation>没有可打印的此类文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>There is no training scenario {scenario}.</source>
            <translation>没有培训案例 {scenario}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>There is no user {username}. Check the user name.</source>
            <translation>没有用户{username}。请核对用户名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account has no clash with another account to clear.</source>
            <translation>该账户没有需要处理的重复开户冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account is filed (备案), not approved; record its filing instead.</source>
            <translation>本账户实行备案，不需核准；请登记备案信息。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account is not filed (备案); an account under 核准 records its approval instead.</source>
            <translation>本账户不实行备案；核准类账户请登记核准信息。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account may not pay out cash.</source>
            <translation>该账户不得支取现金。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account may not receive transfers.</source>
            <translation>该账户不得接收转账。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account may not take cash deposits.</source>
            <translation>该账户不得办理现金存入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account may not transfer money out.</source>
            <translation>该账户不得对外转账。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account needs the regulator's approval (核准); record the approval number and date first.</source>
            <translation>本账户须经人民银行核准；请先登记核准号和核准日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This account number does not belong to branch {branch}. Check the number.</source>
            <translation>该账号不属于网点{branch}。请核对账号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>This case is not a training scenario, so it cannot be scored.</source>
            <translation>本案件不是培训案例，无法评分。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>This computer does not let the application read the file. Copy it elsewhere or ask IT.</source>
            <translation>本机不允许本应用读取该文件。请将其复制到其他位置，或联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This computer has no usable system key store ({backend}). Ask IT to set up the key store.</source>
            <translation>本机没有可用的系统密钥库（{backend}）。请联系信息科技人员设置密钥库。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>This customer kind ({kind}) cannot open a {account_type}.</source>
            <translation>{kind}客户不能开立{account_type}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This depositor already holds a basic deposit account.</source>
            <translation>该存款人已开立基本存款账户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>This document is not on the case's checklist.</source>
            <translation>该资料不在本案件的审核清单上。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This file is not a data-key export. Ask IT for the right file.</source>
            <translation>该文件不是数据密钥导出文件。请联系信息科技人员提供正确的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/screen.py" />
            <source>This function is not available in this version yet: {function}.</source>
            <translation>本版本暂不提供此功能：{function}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>This incident cannot be found.</source>
            <translation>找不到该事件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>This is done at the step {step}; the case is at {current}.</source>
            <translation>此操作应在“{step}”环节办理；案件当前处于“{current}”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This is your own screen: unlock it with your password.</source>
            <translation>这是您本人的屏幕，请用您的密码解锁。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This one-time code was already used. Wait for the next code.</source>
            <translation>该动态验证码已使用过。请等待下一个验证码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This person already holds a type I account at this bank.</source>
            <translation>该客户在本行已有Ⅰ类户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>This person already holds the case.</source>
            <translation>该案件已由此人经办。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This recovery key does not belong to this terminal. Use the key from this terminal's sealed envelope.</source>
            <translation>该恢复密钥不属于本终端。请使用本终端密封信封中的密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>This review cannot be found.</source>
            <translation>找不到该复核记录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This session has ended. Please sign in.</source>
            <translation>会话已结束，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This session is not valid here. Please sign in.</source>
            <translation>会话在本机无效，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>This suggestion cannot be found.</source>
            <translation>找不到该建议。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This terminal already holds another bank-wide uniqueness key. Nothing was changed; ask IT.</source>
            <translation>本终端已持有另一把全行唯一性密钥，未作任何更改；请联系信息科技部门。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This terminal has no keys yet. IT staff set it up with “teller-admin init”.</source>
            <translation>本终端尚无密钥，须由信息技术人员用“teller-admin init”初始化。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>This terminal is not set up yet. IT staff set it up with “teller-admin init”.</source>
            <translation>本终端尚未初始化，须由信息技术人员用“teller-admin init”初始化。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This user is disabled and cannot sign in.</source>
            <translation>该用户已停用，无法登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>This user is locked. Ask an administrator to unlock it.</source>
            <translation>该用户已被锁定，请联系系统管理员解锁。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>This user name is already used by another person in the bank. Ask IT to rename the user.</source>
            <translation>该用户名（柜员号）已被本行其他人员使用。请联系科技人员为该用户改名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>This was already recorded.</source>
            <translation>已登记，不能重复登记。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Too many failed sign-ins. Try again in {minutes_left} minutes (at {until}).</source>
            <translation>登录失败次数过多。请在 {minutes_left} 分钟后（{until}）再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>Version {version} is already published with other content. Give the revision a new version.</source>
            <translation>版本{version}已以其他内容发布。请为修订版本另定版本号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>Who recorded this is not known. Sign in again and record it once more.</source>
            <translation>未知登记人。请重新登录后再次登记。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>With the reason Other, say why in the note.</source>
            <translation>选择“其他”时，请在说明中写明原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/procedure.py" />
            <source>Without a valid certification you work in training mode only. Pass the assessment first.</source>
            <translation>未取得有效的上岗资格，只能在培训模式下操作。请先通过考核。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>Write the date like 2030-06-30, or long_term for a long-term card (长期).</source>
            <translation>日期格式如 2030-06-30；长期有效的证件请填“长期”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>Write the text first.</source>
            <translation>请先填写内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>You must change your password before you continue.</source>
            <translation>继续之前必须修改密码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>You worked on this case, so you cannot approve it. Another supervisor must sign in.</source>
            <translation>您经办了此案件，不能自行审批。须由另一位主管登录授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>You worked on this case; another reviewer must review it.</source>
            <translation>您参与办理过该案件，须由其他复核人员复核。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>Your certification expired on {valid_until}; training mode only.</source>
            <translation>您的上岗资格已于 {valid_until} 到期；目前只能使用培训模式。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>{entity} is written at the terminals, not at the centre.</source>
            <translation>{entity}在终端录入，而不是在中心录入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/central.py" />
            <source>{entity} records take {expected}, not {operation}. Ask IT.</source>
            <translation>{entity}记录只接受{expected}，而不是{operation}。请联系信息科技人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} cannot be stored. Check what you entered.</source>
            <translation>{field}无法保存。请检查所输入的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} contains a control character at position {position}. Remove it and enter the text again.</source>
            <translation>{field}第{position}位含有控制字符。请删除后重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} contains characters that cannot be stored (at character {position}). Enter the text again.</source>
            <translation>{field}含有无法保存的字符（第{position}个字符）。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field} could not be read; enter it again.</source>
            <translation>无法读取“{field}”，请重新填写。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} is larger than {limit} bytes. Choose a smaller file.</source>
            <translation>{field}超过{limit}字节。请选择较小的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} is longer than {limit} characters ({length}). Shorten it.</source>
            <translation>{field}超过{limit}个字符（{length}个）。请缩短内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field} is required at the step {step}.</source>
            <translation>“{step}”环节须填写“{field}”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field} must be a date like 2026-03-02.</source>
            <translation>“{field}”应为日期，例如 2026-03-02。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} must be a file. Choose the file again.</source>
            <translation>{field}必须是文件。请重新选择文件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field} must be a whole number.</source>
            <translation>“{field}”须为整数。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field} must be an exact number like 0.25.</source>
            <translation>“{field}”应为精确数字，例如 0.25。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{field} must be text. Enter it again.</source>
            <translation>{field}必须是文本。请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{field} of {owner} must be a date like 1980-03-15. Enter it as on the document.</source>
            <translation>{owner}的{field}须为日期，如 1980-03-15。请按证件填写。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field}: choose a value from the list.</source>
            <translation>“{field}”：请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field}: choose one or more from the list.</source>
            <translation>“{field}”：请从列表中选择一项或多项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{field}: this choice is not possible here.</source>
            <translation>{field}：此处不能选择该项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{holder} is a natural person and cannot have shareholders. Correct the ownership.</source>
            <translation>{holder}是自然人，不能有股东。请更正股权结构。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{kind} is not a seal kind of the seal card.</source>
            <translation>“{kind}”不是可预留的印鉴种类。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{name} is not {person} recorded at the identity step ({expected}).</source>
            <translation>{name}不是身份核验环节登记的{person}（{expected}）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner} is recorded as an owner by {field} with less than 25%. Find the owners again.</source>
            <translation>{owner}按{field}被识别为受益所有人，但比例不足 25%。请重新识别受益所有人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner} is recorded with no reason to be an owner. Find the owners again.</source>
            <translation>{owner}没有被识别为受益所有人的依据。请重新识别受益所有人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: choose the ID type from the list.</source>
            <translation>{owner}：请从列表中选择证件类型。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: choose the nationality from the list of countries and regions.</source>
            <translation>{owner}：请从国家和地区列表中选择国籍。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: describe how the person controls the customer (agreement, family, trust …).</source>
            <translation>{owner}：请说明实际控制的方式（协议、亲属关系、信托等）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: enter the date the ID is valid until, or tick “Long-term (长期)” if the card says so.</source>
            <translation>{owner}：请填写证件有效期截止日；证件上写明长期的，请勾选“长期”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: enter the day the person ceased to be an owner, or tick “Still an owner”.</source>
            <translation>{owner}：请填写受益所有权关系终止日期；关系仍存续的，请勾选“关系存续”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the ID cannot expire before the day it became valid. Check both dates.</source>
            <translation>{owner}：证件有效期截止日不能早于起始日。请核对两个日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the ID expired on {expiry} and cannot be accepted. Ask for a valid document.</source>
            <translation>{owner}：证件已于 {expiry} 过期，不能受理。请客户提供有效证件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the ID is valid only from {valid_from}. Check the date on the document.</source>
            <translation>{owner}：证件自 {valid_from} 起才有效。请核对证件上的日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the ID number gives the date of birth {on_id}. Correct the date or the number.</source>
            <translation>{owner}：证件号码显示的出生日期为 {on_id}。请更正出生日期或证件号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the ID number is not valid for the chosen ID type. Check both against the document.</source>
            <translation>{owner}：证件号码不符合所选证件类型。请对照证件核对类型和号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the contact is not a phone number. Enter a mobile (13800138000), a landline with its area code (021-68880001) or +country code and number.</source>
            <translation>{owner}：联系方式不是电话号码。请填写手机号（13800138000）、带区号的固定电话（021-68880001）或“+国家代码”加号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the date of birth is in the future. Correct it from the ID document.</source>
            <translation>{owner}：出生日期晚于今天。请按身份证件更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the day the person became an owner is in the future. Correct it.</source>
            <translation>{owner}：受益所有权关系形成日期晚于今天。请更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the relationship cannot end before it began. Check both dates.</source>
            <translation>{owner}：受益所有权关系终止日期不能早于形成日期。请核对两个日期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: the sex does not agree with the ID number. Correct the sex or the number.</source>
            <translation>{owner}：性别与证件号码不一致。请更正性别或证件号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/owners.py" />
            <source>{owner}: {field} is missing. Enter it from the owner's documents.</source>
            <translation>{owner}：缺少{field}。请根据受益所有人的证件资料填写。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{path} already exists. Choose another file name.</source>
            <translation>{path}已存在。请另选文件名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{path} is a folder. Name the backup file inside it.</source>
            <translation>{path}是文件夹。请在其中指定备份文件名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/supervision.py" />
            <source>{period} is not a period: write a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST.</source>
            <translation>“{period}”不是有效的期间：请填写季度（如 2026Q4）、半年（如 2026H2）或“起始日..截止日”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/identity.py" />
            <source>{person} and {other} cannot have the same check reference number.</source>
            <translation>{person}与{other}的核查流水号不能相同。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{step} is the first step.</source>
            <translation>“{step}”已是第一个环节。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{step} is the last step.</source>
            <translation>“{step}”已是最后一个环节。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{table} records are never deleted (record {row_id}). Change their status instead.</source>
            <translation>{table}记录不能删除（记录{row_id}）。请改为更改其状态。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/storage.py" />
            <source>{table} records cannot be changed or deleted (record {row_id}). Record a correction instead.</source>
            <translation>{table}记录不可修改或删除（记录{row_id}）。请改为登记更正。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/sign_in.py" />
            <source>{username} is already a user of branch {branch}. Nothing was moved.</source>
            <translation>{username}已是网点{branch}的用户，未作调动。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/case.py" />
            <source>{user} may not work on cases: choose a certified teller or supervisor.</source>
            <translation>{user} 不能经办案件：请选择已通过考核认证的柜员或主管。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/account.py" />
            <source>{value} is not a date. Enter a date.</source>
            <translation>{value}不是日期。请输入日期。</translation>
        </message>
    </context>
    <context>
        <name>FirstStart</name>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>Create a &amp;demo workspace</source>
            <translation>创建演示环境(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>Create a demo workspace</source>
            <translation>创建演示环境</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>Creating the demo workspace…</source>
            <translation>正在创建演示环境…</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>For real work, IT staff set up this terminal with “teller-admin init --branch … --terminal …”.</source>
            <translation>办理真实业务前，须由信息技术人员用“teller-admin init --branch … --terminal …”初始化本终端。</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>This computer is not set up yet</source>
            <translation>本机尚未初始化</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>Welcome to the Teller App</source>
            <translation>欢迎使用柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_start.py" />
            <source>You can try the app at once in a demo workspace: sample users (their passwords are shown on the sign-in screen), a central database on this computer, and sample cases. Nothing in it is a real customer.</source>
            <translation>您可以立即在演示环境中试用本系统：包括示例用户（密码显示在登录界面上）、本机上的中心数据库和示例案件。演示环境中没有任何真实客户。</translation>
        </message>
    </context>
    <context>
        <name>Flowchart</name>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Account-opening procedure</source>
            <translation>开户操作流程</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Blue: the current step. ◆ decision. C: key control point. Red border: risk point.</source>
            <translation>蓝色：当前环节。◆ 判断。控：关键控制点。红框：风险点。</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>C</source>
            <translation>控</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Key control point</source>
            <translation>关键控制点</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Loading the process definition…</source>
            <translation>正在读取流程定义……</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>No: {what}</source>
            <translation>否：{what}</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>No: {what} → {where}</source>
            <translation>否：{what} → {where}</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Procedure flowchart</source>
            <translation>操作流程图</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>Version {version}, in force from {day}. Owner: {owner}. Interpreted by: {authority}.</source>
            <translation>流程版本 {version}，自 {day} 起施行。制定：{owner}。解释：{authority}。</translation>
        </message>
        <message>
            <location filename="../../ui/flowchart.py" />
            <source>{minutes} min</source>
            <translation>时限 {minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>Handling</name>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>&amp;Hand over</source>
            <translation>移交(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>&amp;Note:</source>
            <translation>说明(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Cancel the c&amp;ase</source>
            <translation>撤销案件(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Cancel the case</source>
            <translation>撤销案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Case {number} · held by {holder}</source>
            <translation>案件 {number} · 经办人 {holder}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Choose who takes the case over.</source>
            <translation>请选择接办人。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Hand over &amp;to:</source>
            <translation>移交给(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Hand over to</source>
            <translation>移交给</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Hand the case over</source>
            <translation>移交案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Other (say why in the note)</source>
            <translation>其他（请在说明中写明原因）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>Recording…</source>
            <translation>正在记录…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>What happened, in a few words (required with Other)</source>
            <translation>简要说明情况（选择“其他”时必填）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/case_handling_dialog.py" />
            <source>— choose who takes the case over —</source>
            <translation>— 请选择接办人 —</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help/window.py" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Documents for {kind}, {account}</source>
            <translation>{kind}开立{account}所需资料</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Frequently asked questions</source>
            <translation>常见问题</translation>
        </message>
        <message>
            <location filename="../../ui/help/window.py" />
            <source>Help for this &amp;step</source>
            <translation>本步骤帮助(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Help for this step</source>
            <translation>本步骤帮助</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Key control points</source>
            <translation>关键控制点</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Manual</source>
            <translation>操作手册</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Manual and FAQ</source>
            <translation>操作手册与常见问题</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>No document is taken at this step.</source>
            <translation>本步骤无需收取资料。</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>No question matches your search.</source>
            <translation>没有与搜索内容相符的问题。</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Nothing in the manual matches your search.</source>
            <translation>手册中没有与搜索内容相符的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/help/window.py" />
            <source>Operation &amp;manual and FAQ</source>
            <translation>操作手册与常见问题(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Operation manual</source>
            <translation>操作手册</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Operation manual, procedure {version}</source>
            <translation>操作手册（流程版本 {version}）</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Press F1 at any step for its help; the manual is under Help.</source>
            <translation>在任一步骤按 F1 查看该步骤帮助；操作手册见“帮助”菜单。</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Risk points</source>
            <translation>风险点</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Save as PDF…</source>
            <translation>另存为 PDF……</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Save the manual as a PDF</source>
            <translation>将操作手册另存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Search the manual</source>
            <translation>搜索操作手册</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>Search the questions</source>
            <translation>搜索常见问题</translation>
        </message>
        <message>
            <location filename="../../ui/help/manual_viewer.py" />
            <source>The manual was saved to {path}.</source>
            <translation>操作手册已保存到 {path}。</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>Time limit</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>What to do</source>
            <translation>怎么做</translation>
        </message>
        <message>
            <location filename="../../ui/help/help_dialog.py" />
            <source>{minutes} minutes for this step</source>
            <translation>本步骤时限 {minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>&amp;New case</source>
            <translation>新建开户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Alert</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Alerts</source>
            <translation>预警提示</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>Another account of this kind exists for this depositor: a supervisor must decide</source>
            <translation>该存款人已有同类账户，须由主管处理</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>Another account of this kind exists for this depositor: activation waits for a supervisor</source>
            <translation>该存款人已有同类账户，待主管处理后方可激活</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Cance&amp;l case…</source>
            <translation>撤销案件(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Cancel the selected case</source>
            <translation>撤销所选案件</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Case {case_id}</source>
            <translation>案件 {case_id}</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Expires in</source>
            <translation>剩余有效期</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>File with the regulator by tomorrow ({due})</source>
            <translation>请于明天（{due}）前向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>File with the regulator today ({due})</source>
            <translation>请于今天（{due}）向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>Filing deadline passed on {due}: file with the regulator now</source>
            <translation>备案期限已于 {due} 届满：请立即备案</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Finished</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Finished today</source>
            <translation>今日办结</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Hand o&amp;ver…</source>
            <translation>移交(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Hand the selected case over to another teller</source>
            <translation>将所选案件移交给其他柜员</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Held by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Hello, {name}</source>
            <translation>{name}，您好</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>High risk: enhanced due diligence and a higher approver</source>
            <translation>高风险：需强化尽职调查并由更高级别审批</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>In this step</source>
            <translation>本环节已用</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Last change</source>
            <translation>最近办理</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Loading cases…</source>
            <translation>正在读取案件…</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>My open cases</source>
            <translation>我的在办案件</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>New case</source>
            <translation>新建开户</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Open a new account-opening case (Ctrl+N)</source>
            <translation>新建一笔开户业务（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Open cases of the branch</source>
            <translation>本网点在办案件</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Open for</source>
            <translation>已办理</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>Open the case to see what this alert asks for</source>
            <translation>请打开案件，查看此项预警需办理的事项</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Requested</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Search by case or agreement number, name, credit code or ID number</source>
            <translation>按案件编号、协议编号、名称、统一社会信用代码或身份证号查询</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Search cases</source>
            <translation>查询案件</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Search results</source>
            <translation>查询结果</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Search results: {count}</source>
            <translation>查询结果：{count} 条</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/home/branch_cases.py" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The ID of {whose} expired on {expiry}: ask for a valid one</source>
            <translation>{whose}的身份证件已于{expiry}过期：请客户提供有效证件</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The ID of {whose} expired on {expiry}: ask the customer to update it</source>
            <translation>{whose}的身份证件已于{expiry}过期：请客户更新证件信息</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The ID of {whose} expires on {expiry}, in {days} days</source>
            <translation>{whose}的身份证件将于{expiry}到期，还剩 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The approval request expired {age} ago</source>
            <translation>审批申请已过期 {age}</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The approval request expires in {age}</source>
            <translation>审批申请剩余有效期 {age}</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The case was due to be done by {due}</source>
            <translation>案件应于 {due} 前办结</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The same ID number is on {count} open cases</source>
            <translation>同一身份证件号码出现在 {count} 个未结案件中</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>The same credit code is on {count} open cases</source>
            <translation>同一统一社会信用代码出现在 {count} 个未结案件中</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Waiting</source>
            <translation>已等待</translation>
        </message>
        <message>
            <location filename="../../ui/home/page.py" />
            <source>Waiting for my approval</source>
            <translation>待我授权</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>beneficial owner {number}</source>
            <translation>受益所有人{number}</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>{kind}: open the case to see what to do</source>
            <translation>{kind}：请打开案件查看需办理的事项</translation>
        </message>
        <message>
            <location filename="../../ui/home/alert_words.py" />
            <source>{step}: {minutes} min in this step (limit {sla} min)</source>
            <translation>{step}：本环节已用 {minutes} 分钟（时限 {sla} 分钟）</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>18 characters, as on the business licence</source>
            <translation>18 位，与营业执照一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>2030-06-30, or long_term (长期)</source>
            <translation>如 2030-06-30，长期有效填“长期”</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Agent</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Agent acting for the customer</source>
            <translation>代理经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Agent's ID number</source>
            <translation>经办人身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Agent's mobile</source>
            <translation>经办人手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Agent's name</source>
            <translation>经办人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Check reference number:</source>
            <translation>核查流水号：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Correct: {field}.</source>
            <translation>请更正：{field}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Fill in: {field}.</source>
            <translation>请填写：{field}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>ID &amp;number:</source>
            <translation>证件号码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>ID type:</source>
            <translation>证件类型：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>ID valid &amp;until:</source>
            <translation>证件有效期至(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Legal representative (or person in charge)</source>
            <translation>法定代表人（单位负责人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Legal representative's mobile</source>
            <translation>法定代表人手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Legal representative's name</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Match (一致)</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Mismatch (不一致)</source>
            <translation>不一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Mobile:</source>
            <translation>手机号码：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>No</source>
            <translation>否，未比对</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Number not on record (库中无此号)</source>
            <translation>库中无此号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Online ID check of {name}: {result}, reference {reference}, {photo}, at {time}; {how}.</source>
            <translation>{name}的联网核查：{result}，流水号 {reference}，{photo}，核查时间 {time}；{how}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Online ID check: not recorded yet.</source>
            <translation>联网核查：尚未记录。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Online check result:</source>
            <translation>联网核查结果：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Photo compared:</source>
            <translation>人像比对：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Record what the verification terminal (联网核查) shows for each person, or the configured service is asked when you press Next. Service unavailable: the case waits; a mismatch or a number not on record stops it.</source>
            <translation>请逐人录入联网核查终端显示的结果；已配置核查服务的，按“下一步”时自动核查。核查服务不可用时案件等待；“不一致”或“库中无此号”时不得继续办理。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Resident ID number:</source>
            <translation>居民身份证号码：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Service unavailable</source>
            <translation>核查服务不可用</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Unified social &amp;credit code:</source>
            <translation>统一社会信用代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>Yes, the photo was compared</source>
            <translation>是，已进行人像比对</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>answered by the verification service (asked by {user})</source>
            <translation>由联网核查服务返回（发起人：{user}）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>as shown by the verification terminal</source>
            <translation>按联网核查终端显示填写</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>entered by {user} from the verification terminal</source>
            <translation>由{user}根据联网核查终端录入</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>photo compared</source>
            <translation>已人像比对</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>photo comparison unknown</source>
            <translation>人像比对情况不明</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>photo not compared</source>
            <translation>未人像比对</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>{person}: ID valid until</source>
            <translation>{person}：证件有效期至</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>{person}: check reference number</source>
            <translation>{person}：核查流水号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>{person}: online check result</source>
            <translation>{person}：联网核查结果</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>{person}: photo compared</source>
            <translation>{person}：人像比对</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>{person}: recorded online check</source>
            <translation>{person}：已记录的联网核查</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>— choose what the terminal showed —</source>
            <translation>— 请按核查终端显示选择 —</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/id_check_fields.py" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>&amp;Account type:</source>
            <translation>账户种类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>&amp;Basic account number:</source>
            <translation>基本存款账户编号(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>&amp;Purpose:</source>
            <translation>开户用途(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>A general account needs the basic account number (J and 13 digits).</source>
            <translation>一般存款账户须填写基本存款账户编号（J 加 13 位数字）。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>A temporary body</source>
            <translation>设立临时机构</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Agent with a power of attorney</source>
            <translation>持授权委托书的经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>As on the business licence or ID card</source>
            <translation>与营业执照或身份证件一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>At the counter</source>
            <translation>柜面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Basic account number</source>
            <translation>基本存款账户编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Branch code of the basic account</source>
            <translation>基本存款账户开户行代码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Branch of the basic account:</source>
            <translation>基本存款账户开户行：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Capital verification before registration (注册验资)</source>
            <translation>注册验资</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Category of the funds</source>
            <translation>资金类别</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Category of the funds:</source>
            <translation>资金类别：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Channel:</source>
            <translation>受理渠道：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Choose the account type.</source>
            <translation>请选择账户种类。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Credit codes or ID numbers of the investors, separated by ;</source>
            <translation>出资人的统一社会信用代码或身份证件号码，以分号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Customer &amp;kind:</source>
            <translation>客户类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Customer &amp;name:</source>
            <translation>客户名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Enter the branch that keeps the basic account.</source>
            <translation>请填写基本存款账户的开户行。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Enter the customer's name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Expires on:</source>
            <translation>有效期至：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Expiry date of the temporary account</source>
            <translation>临时存款账户有效期</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>In&amp;vestors:</source>
            <translation>出资人(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Investors who pay in the capital</source>
            <translation>缴存资本的出资人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>J and 13 digits, from the basic account licence</source>
            <translation>J 加 13 位数字，见基本存款账户信息</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Legal representative (or the customer)</source>
            <translation>法定代表人（或客户本人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Present at the counter:</source>
            <translation>临柜人员：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Purpose of the temporary account</source>
            <translation>临时存款账户开户用途</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>Temporary business away from home</source>
            <translation>异地临时经营活动</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>The account holds budget funds (预算单位): needs the regulator's approval</source>
            <translation>本账户存放财政预算资金（预算单位），须经人民银行核准</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" />
            <source>The regulator approved cash withdrawals from this account</source>
            <translation>人民银行已批准本账户支取现金</translation>
        </message>
    </context>
    <context>
        <name>Intent</name>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>&amp;Recording reference:</source>
            <translation>录像编号(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Confirme&amp;d with:</source>
            <translation>核实对象(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Confirmed with</source>
            <translation>核实对象</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Enter the reference of the video recording.</source>
            <translation>请填写视频录像编号。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Enter who confirmed the intent.</source>
            <translation>请填写核实对象。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Face to face at the counter</source>
            <translation>柜面面谈</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>How confirmed:</source>
            <translation>核实方式：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Name of the legal representative</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Number of the video recording in the bank's system</source>
            <translation>本行录像系统中的录像编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Recording reference</source>
            <translation>录像编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Required for a basic deposit account; optional otherwise.</source>
            <translation>基本存款账户必须核实，其他账户可选。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>S&amp;kip this step (optional for this account type)</source>
            <translation>跳过此环节（该账户种类可选）(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>The customer &amp;confirmed the wish to open this account</source>
            <translation>客户已确认开立此账户的意愿(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Tick that the customer confirmed the wish to open the account.</source>
            <translation>请勾选客户已确认开户意愿。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" />
            <source>Video call, recorded</source>
            <translation>视频核实（录像）</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Checking password…</source>
            <translation>正在核对密码…</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Password to unlock</source>
            <translation>解锁密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_screen.py" />
            <source>{name} stepped away. Only {name} can unlock this screen with their password.</source>
            <translation>{name}已离开柜台。只有{name}本人输入密码才能解锁。</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Change password…</source>
            <translation>修改密码(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Find a case</source>
            <translation>查询案件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Home</source>
            <translation>首页(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;New case</source>
            <translation>新建开户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Operation record</source>
            <translation>操作记录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Start-of-day check</source>
            <translation>日初检查(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Cas&amp;e</source>
            <translation>案件(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Offline: the central database cannot be reached. Keep working — everything is saved on this computer and syncs when the connection is back.</source>
            <translation>脱机：无法连接中心数据库。请继续办理——所有内容都保存在本机，网络恢复后自动同步。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Opening the case…</source>
            <translation>正在打开案件…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Procedure &amp;flowchart</source>
            <translation>操作流程图(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>S&amp;ettings…</source>
            <translation>设置(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Sessi&amp;on</source>
            <translation>账号(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Sync &amp;conflicts…</source>
            <translation>同步冲突(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Teller App</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Teller App — TRAINING MODE</source>
            <translation>柜面开户系统——培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Vie&amp;w</source>
            <translation>查看(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>{name} ({roles})</source>
            <translation>{name}（{roles}）</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../ui/names.py" />
            <source>AML risk assessment</source>
            <translation>客户洗钱风险评估表</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Account agreement</source>
            <translation>账户管理协议</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Account details</source>
            <translation>账户信息</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Account indexed for the bank-wide one-account check</source>
            <translation>账户已纳入全行唯一性核查索引</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Account opened</source>
            <translation>已开户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Account opening confirmation</source>
            <translation>开户确认书</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Account setup and activation</source>
            <translation>账户设置与激活</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Activated the account</source>
            <translation>激活账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Administration command (teller-admin)</source>
            <translation>管理命令（teller-admin）</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Agent</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's ID number</source>
            <translation>经办人证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's ID valid until</source>
            <translation>经办人证件有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's name</source>
            <translation>经办人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's name seal (授权代理人名章)</source>
            <translation>授权代理人名章</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's phone number</source>
            <translation>代理人电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Agent's signature (授权代理人签字)</source>
            <translation>授权代理人签字</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Altered</source>
            <translation>有涂改</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Approval</source>
            <translation>授权审批</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Approval number</source>
            <translation>核准号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Approval request about to expire</source>
            <translation>审批申请即将过期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Approval voided: the case changed</source>
            <translation>审批作废：案件已变更</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Approved</source>
            <translation>已授权</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Approved on</source>
            <translation>核准日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Assessment</source>
            <translation>考核</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>At the counter</source>
            <translation>柜面</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Attached a scan</source>
            <translation>导入扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Auditor</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Bank name</source>
            <translation>银行名称</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Bank-wide uniqueness key taken</source>
            <translation>已导入全行唯一性密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Basic account number</source>
            <translation>基本存款账户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Basic deposit account</source>
            <translation>基本存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Beneficial owners</source>
            <translation>受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Branch data keys taken over from a sibling terminal</source>
            <translation>接收同网点其他终端的数据密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Branch manager</source>
            <translation>网点负责人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Branch name</source>
            <translation>营业机构名称</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Branch of the basic account</source>
            <translation>基本存款账户开户行</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Business expenditure funds</source>
            <translation>业务支出资金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Cancelled the case</source>
            <translation>撤销案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Capital construction funds</source>
            <translation>基本建设资金</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Case content hash</source>
            <translation>案件内容哈希值</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Case past its working-day limit</source>
            <translation>案件超过办理时限</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Category of the funds</source>
            <translation>资金类别</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Caught up with the central database</source>
            <translation>已与中心数据库同步</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Certification recorded</source>
            <translation>登记考核认证</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Certified through</source>
            <translation>认证依据</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Certified until</source>
            <translation>考核认证有效期至</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Changing the password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checked again bank-wide</source>
            <translation>已在全行范围重新核查</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checked at</source>
            <translation>核查时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checker's role</source>
            <translation>审批人岗位</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checker's user ID</source>
            <translation>审批人用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checks</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Checks failed</source>
            <translation>未通过的检查</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Company seal (单位公章)</source>
            <translation>单位公章</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Completed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Confirmed with</source>
            <translation>核实对象</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Confirmed with a one-time code</source>
            <translation>以动态口令确认</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Confirming with a one-time code</source>
            <translation>动态口令确认</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Conflict ID</source>
            <translation>冲突编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Contact number</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Contract signing</source>
            <translation>合同签订</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Customer</source>
            <translation>客户本人</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Customer declined to answer</source>
            <translation>客户未作评价</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Customer intake</source>
            <translation>客户识别与接入</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Customer satisfaction recorded</source>
            <translation>已记录客户满意度</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Data key rotated</source>
            <translation>轮换数据密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Decision</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Decision or its reason</source>
            <translation>审核结论或原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Demo workspace</source>
            <translation>演示环境</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Depositor's signature (存款人签字)</source>
            <translation>存款人签字</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Display name set</source>
            <translation>设置显示名</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Document checklist</source>
            <translation>开户资料审核清单</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Document item</source>
            <translation>资料项目</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Document review</source>
            <translation>资料审核</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Drill</source>
            <translation>演练</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Enterprise legal person</source>
            <translation>企业法人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Equity share</source>
            <translation>持股比例</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Events</source>
            <translation>事件条数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Events taken back from central</source>
            <translation>从中心取回的操作记录数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Expired</source>
            <translation>已过有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Expiry date</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Extra working days for the case</source>
            <translation>案件延长的工作日</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Extra-budgetary fiscal funds</source>
            <translation>财政预算外资金</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Failed attempts in a row</source>
            <translation>连续失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>File type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Filed on</source>
            <translation>备案日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Filing</source>
            <translation>备案</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Filing deadline</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Filing reference</source>
            <translation>备案编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Filters</source>
            <translation>筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Financial seal (财务专用章)</source>
            <translation>财务专用章</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Finding</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Findings</source>
            <translation>发现的问题数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>First broken event</source>
            <translation>首个断裂事件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>First row</source>
            <translation>起始行</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Foreign institution</source>
            <translation>境外机构</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Form printed</source>
            <translation>打印单证</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Former user name</source>
            <translation>原用户名</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>From</source>
            <translation>起始时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>From step</source>
            <translation>原环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Futures margin</source>
            <translation>期货交易保证金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>General deposit account</source>
            <translation>一般存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Government body or public institution</source>
            <translation>机关/事业单位</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Grain, cotton and oil purchase funds</source>
            <translation>粮、棉、油收购资金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Hand over to</source>
            <translation>移交对象</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Handed over by holder (user ID)</source>
            <translation>移交人（用户编号）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Handed over to (user ID)</source>
            <translation>接收人（用户编号）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Handed the case over</source>
            <translation>移交案件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Held by (user ID)</source>
            <translation>经办人（用户编号）</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>High-risk customer</source>
            <translation>高风险客户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Housing fund</source>
            <translation>住房基金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>How the intent was confirmed</source>
            <translation>意愿核实方式</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>ID valid from</source>
            <translation>证件有效期起始日</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>ID valid until</source>
            <translation>证件有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Identity check</source>
            <translation>身份核验</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Identity document expired</source>
            <translation>身份证件已过期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Identity document expires soon</source>
            <translation>身份证件即将到期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Illegible</source>
            <translation>模糊不清</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Improvement suggestion answered</source>
            <translation>改进建议已答复</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Improvement suggestion closed</source>
            <translation>改进建议已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Improvement suggestion sent</source>
            <translation>已提出改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>In force from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>In progress</source>
            <translation>办理中</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Incident ID</source>
            <translation>事件编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Incident assessed</source>
            <translation>已评估应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Incident handled</source>
            <translation>已处置应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Incident reported</source>
            <translation>已报告应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Incident reviewed and closed</source>
            <translation>应急事件已总结复盘并关闭</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Individual business</source>
            <translation>个体工商户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Intent confirmation</source>
            <translation>开户意愿核实</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Interbank deposits of financial institutions</source>
            <translation>金融机构存放同业资金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Investors</source>
            <translation>出资人</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Kept unsaved entries as a draft</source>
            <translation>将未保存的录入保留为草稿</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Key fingerprint</source>
            <translation>密钥指纹</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Key version</source>
            <translation>密钥版本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Key versions in use</source>
            <translation>在用密钥版本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Key-encryption key rotated</source>
            <translation>轮换密钥加密密钥</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Keys recovered</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Last event held centrally</source>
            <translation>中心保存的最后一条记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Last event in the backup</source>
            <translation>备份中的最后一条记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Last event recorded beside the store</source>
            <translation>本机记录的最后一条记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's ID valid until</source>
            <translation>法定代表人证件有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's name</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's name seal (法定代表人名章)</source>
            <translation>法定代表人名章</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's phone number</source>
            <translation>法定代表人电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Legal representative's signature (法定代表人签字)</source>
            <translation>法定代表人签字</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Locked out after failed sign-ins</source>
            <translation>多次登录失败被锁定</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Match (一致)</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Means of control</source>
            <translation>实际控制方式</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Medium-high</source>
            <translation>中高</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Mismatch (不一致)</source>
            <translation>不一致</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Missed</source>
            <translation>遗漏项</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Missing page</source>
            <translation>缺页</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Must change the password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Name does not match</source>
            <translation>名称不一致</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Nationalities of the people involved</source>
            <translation>相关人员国籍</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Needs revision</source>
            <translation>需补正</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Neither approval nor filing</source>
            <translation>无需核准或备案</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>No activity for too long</source>
            <translation>长时间无操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>No one-time code set up</source>
            <translation>未绑定动态口令</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>No second account found bank-wide</source>
            <translation>全行未发现同类第二个账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Non-legal-person enterprise</source>
            <translation>非法人企业</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Not the original</source>
            <translation>非原件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Not yet received</source>
            <translation>未收取</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Notice of documents to bring back (补正通知)</source>
            <translation>补正通知书</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Now at branch</source>
            <translation>现属网点</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Number blocks taken back from central</source>
            <translation>从中心取回的号段数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Number not on record (库中无此号)</source>
            <translation>库中无此号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Number of rows</source>
            <translation>每页条数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Older copy accepted</source>
            <translation>已接受较旧的副本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>One-account check left to the next sync</source>
            <translation>唯一性核验留待下次同步</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>One-account clash cleared by a supervisor</source>
            <translation>主管已处理账户唯一性冲突</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>One-time-code authenticator set up</source>
            <translation>绑定动态口令验证器</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Opened the case</source>
            <translation>开立案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Other alert</source>
            <translation>其他提醒</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Other funds under special management</source>
            <translation>其他需要专项管理和使用的资金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Other organisation</source>
            <translation>其他组织</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Owner since</source>
            <translation>受益关系形成日期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Owner until</source>
            <translation>受益关系终止日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Party, youth league and trade union dues</source>
            <translation>党、团、工会经费</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Password checked before changing it</source>
            <translation>修改密码前验证原密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Payments from</source>
            <translation>可付款日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Person checked</source>
            <translation>核查对象</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Personal class I account</source>
            <translation>个人Ⅰ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Personal class II account</source>
            <translation>个人Ⅱ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Personal class III account</source>
            <translation>个人Ⅲ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Photo compared</source>
            <translation>人像比对</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Policy real-estate development funds</source>
            <translation>政策性房地产开发资金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Post-review</source>
            <translation>事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Post-review closed</source>
            <translation>事后监督已结束</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Post-review finding recorded</source>
            <translation>已记录事后监督发现的问题</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Post-review started</source>
            <translation>事后监督已开始</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Post-reviewer</source>
            <translation>事后监督员</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Practice case</source>
            <translation>练习案件</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Printed a document</source>
            <translation>打印单证</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Printed to</source>
            <translation>打印到</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Problems found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Procedure publisher key provisioned</source>
            <translation>已配置流程发布公钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Process flowchart</source>
            <translation>开户业务流程图</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Profit rights</source>
            <translation>收益权比例</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Published procedure refused (signature)</source>
            <translation>拒绝发布的操作流程（签名无效）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Published procedure verified and adopted</source>
            <translation>已验证并采用发布的操作流程</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Purpose</source>
            <translation>验证用途</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Purpose of the temporary account</source>
            <translation>临时存款账户开户用途</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rated the risk</source>
            <translation>风险评级</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Reason to be an owner</source>
            <translation>受益所有人识别依据</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Received</source>
            <translation>已收取</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Recorded a document decision</source>
            <translation>记录资料审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Recorded an online ID check</source>
            <translation>记录联网核查结果</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Recorded from</source>
            <translation>核查方式</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Recorded the filing with the regulator</source>
            <translation>登记向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Recorded the regulator's approval</source>
            <translation>登记人民银行核准</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Records taken back from central</source>
            <translation>从中心取回的数据条数</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rectification answered</source>
            <translation>已答复整改</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rectification requested</source>
            <translation>已发出整改通知</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Reference number</source>
            <translation>核查流水号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Reference of the video recording</source>
            <translation>视频录像编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Refusal code</source>
            <translation>拒绝原因代码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Regulator</source>
            <translation>监管要求</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Regulator's approval</source>
            <translation>核准</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Religious venue</source>
            <translation>宗教活动场所</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Renewal and renovation funds</source>
            <translation>更新改造资金</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Reported from</source>
            <translation>报告来源</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Requested approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Requests so far</source>
            <translation>累计提交审批次数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Reserve funds of company bank cards</source>
            <translation>单位银行卡备用金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Residents' or villagers' committee</source>
            <translation>居民委员会/村民委员会</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Response to the incident started</source>
            <translation>已启动应急响应</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Resubmitted for approval</source>
            <translation>补正后重新提交</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Result</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Return for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Revenue collection funds</source>
            <translation>收入汇缴资金</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Review ID</source>
            <translation>事后监督编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Risk level</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Risk officer</source>
            <translation>风险管理</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Risk rating and limits</source>
            <translation>风险评级与额度核定</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Risk rating voided: identity, owners or business changed</source>
            <translation>风险评级作废：身份信息、受益所有人或经营信息已变更</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Risk score</source>
            <translation>风险评分</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Role changed</source>
            <translation>变更岗位</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rounds</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Rows re-encrypted</source>
            <translation>重新加密行数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Rural collective economic organisation</source>
            <translation>农村集体经济组织</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Same identifier on several open cases</source>
            <translation>同一证件号出现在多个在办案件中</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Sampled because</source>
            <translation>抽查原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Sampled for post-review</source>
            <translation>已抽入事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Saved a step</source>
            <translation>保存环节信息</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Score (%)</source>
            <translation>得分（%）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Screen</source>
            <translation>界面</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Screen locked</source>
            <translation>锁定屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Screen unlocked</source>
            <translation>解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Screen unlocked by a supervisor</source>
            <translation>主管解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Seal missing</source>
            <translation>缺少印章</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Second basic or type I account found</source>
            <translation>发现第二个基本户或Ⅰ类户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Second basic or type I account found at sync</source>
            <translation>同步时发现重复的基本存款账户或Ⅰ类户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Securities settlement funds</source>
            <translation>证券交易结算资金</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Service unavailable</source>
            <translation>核查服务不可用</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Services of the account</source>
            <translation>账户开通的服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Session ID</source>
            <translation>会话编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Set up the account</source>
            <translation>设置账户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Sign-in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Sign-in refused</source>
            <translation>拒绝登录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signed in to decide an approval</source>
            <translation>登录审批</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signed in to record a post-review</source>
            <translation>登录事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signing in to decide an approval</source>
            <translation>登录审批</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Signing in to record a post-review</source>
            <translation>登录进行事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Size (bytes)</source>
            <translation>大小（字节）</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Skipped an optional step</source>
            <translation>跳过可选环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Social security fund</source>
            <translation>社会保障基金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Special deposit account</source>
            <translation>专用存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Start-of-day checks run</source>
            <translation>已完成日初检查</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Step complete</source>
            <translation>环节是否完成</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Step overdue</source>
            <translation>环节超时</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Store restored from a backup</source>
            <translation>从备份恢复数据</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Suggestion ID</source>
            <translation>建议编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Supervisor signed in to decide</source>
            <translation>主管登录审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Teller</source>
            <translation>客户经理/柜员</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Teller's user ID</source>
            <translation>柜员用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Temporary deposit account</source>
            <translation>临时存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Terminal replaced by a new PC</source>
            <translation>终端已更换为新电脑</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Terminal set up</source>
            <translation>终端初始化</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>The case was changed</source>
            <translation>案件信息已修改</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>The central version</source>
            <translation>中心版本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>The teller's entry from the verification terminal</source>
            <translation>柜员据联网核查终端录入</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>The terminal's version</source>
            <translation>本终端版本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>The verification service</source>
            <translation>联网核查服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>This app</source>
            <translation>本系统</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Through</source>
            <translation>操作途径</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>To</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training assessment taken</source>
            <translation>参加培训考核</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training mode entered</source>
            <translation>进入培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training mode left</source>
            <translation>退出培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training scenario</source>
            <translation>培训案例</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Training scenario scored</source>
            <translation>培训案例评分</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Trust funds</source>
            <translation>信托基金</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Uniqueness check</source>
            <translation>唯一性核查</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Unknown user name</source>
            <translation>用户名不存在</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Unlocked another user's screen</source>
            <translation>解锁他人屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Unlocked the screen</source>
            <translation>解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Unlocking another user's screen</source>
            <translation>解锁他人屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Unlocking the screen</source>
            <translation>解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User ID</source>
            <translation>用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User ID claimed</source>
            <translation>所称用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User ID of the locked screen</source>
            <translation>被解锁屏幕的用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User ID signed in at the terminal</source>
            <translation>终端登录用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User created</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User disabled</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User enabled</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User locked</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User name changed</source>
            <translation>更改用户名</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User removed from this terminal: a user of another branch</source>
            <translation>用户已从本终端移除：现为其他网点的用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>User unlocked</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Verification adapter</source>
            <translation>核查接口</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Verified</source>
            <translation>已核验</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Verified the record chain</source>
            <translation>校验记录链</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Version kept</source>
            <translation>保留的版本</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Viewed the operation record</source>
            <translation>查看操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Voting rights</source>
            <translation>表决权比例</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Waiting for approval</source>
            <translation>待授权</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Warnings</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Went back a step</source>
            <translation>返回上一环节</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Went to the next step</source>
            <translation>进入下一环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Who is present</source>
            <translation>到场人员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Whom the intent was confirmed with</source>
            <translation>开户意愿核实对象</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Wrong document</source>
            <translation>资料不符</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>Wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>Years in business</source>
            <translation>经营年限</translation>
        </message>
        <message>
            <location filename="../../ui/audit/record_names.py" />
            <source>a PDF file</source>
            <translation>PDF文件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>activate an account</source>
            <translation>激活账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>answer a rectification request</source>
            <translation>答复整改通知</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>answer an improvement suggestion</source>
            <translation>答复改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>approve a case</source>
            <translation>审批同意案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>back up or restore the store</source>
            <translation>备份或恢复本机数据</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>basic account number</source>
            <translation>基本存款账户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>cancel a case</source>
            <translation>撤销案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>cancel another teller's case</source>
            <translation>撤销其他柜员的案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>change a case</source>
            <translation>修改案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>confirm the customer's intent</source>
            <translation>核实客户开户意愿</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>hand a case over to another teller</source>
            <translation>将案件移交其他柜员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>handle an incident</source>
            <translation>处置应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>import online pre-applications</source>
            <translation>导入线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>manage the encryption keys</source>
            <translation>管理加密密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>mobile number</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>open a case</source>
            <translation>新建开户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>passport number</source>
            <translation>护照号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>post-review cases</source>
            <translation>对案件进行事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>print documents</source>
            <translation>打印文件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>rate the risk</source>
            <translation>进行风险评级</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>read the improvement suggestions</source>
            <translation>查看改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>record the beneficial owners</source>
            <translation>登记受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>record the customer's satisfaction</source>
            <translation>登记客户满意度</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>record the review of a document</source>
            <translation>登记资料审核结果</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>record the signing of the contract</source>
            <translation>登记合同签订</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>reject a case</source>
            <translation>拒绝案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>report an incident</source>
            <translation>报告应急事件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>resident ID number</source>
            <translation>居民身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>resolve a sync conflict</source>
            <translation>处理同步冲突</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>resubmit a returned case</source>
            <translation>重新提交退回的案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>return a case for correction</source>
            <translation>退回补正案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>run the start-of-day check</source>
            <translation>执行日初检查</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>send a case for approval</source>
            <translation>提交案件授权审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>send an improvement suggestion</source>
            <translation>提交改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>set up an account</source>
            <translation>设置账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>sync with the central database</source>
            <translation>与中心数据库同步</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>the agent</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>the customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>the legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>unlock another user's screen</source>
            <translation>解锁他人屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>verify the operation record</source>
            <translation>校验操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>view a case</source>
            <translation>查看案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>view the branch dashboard</source>
            <translation>查看网点监控看板</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>view the branch's cases</source>
            <translation>查看本网点的案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>view the evaluation reports</source>
            <translation>查看定期评估报告</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>view the operation record</source>
            <translation>查看操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" />
            <source>{name} ({login})</source>
            <translation>{name}（{login}）</translation>
        </message>
    </context>
    <context>
        <name>Owners</name>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>&amp;Find the beneficial owners</source>
            <translation>识别受益所有人(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>&amp;Means of control:</source>
            <translation>实际控制方式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/held_through.py" />
            <source>(held directly)</source>
            <translation>（直接持有）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>13800138000 or 021-68880001</source>
            <translation>13800138000 或 021-68880001</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Add &amp;company</source>
            <translation>添加公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Add &amp;person</source>
            <translation>添加自然人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Beneficial owner's record (2024 rules)</source>
            <translation>受益所有人信息（2024 年办法）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>Beneficial owners:</source>
            <translation>受益所有人：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Commitment reference</source>
            <translation>承诺书编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Commitment reference:</source>
            <translation>承诺书编号：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Commitment signed by</source>
            <translation>承诺书签署人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Commitment signed by:</source>
            <translation>承诺书签署人：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_kinds.py" />
            <source>Company</source>
            <translation>法人/机构</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Contact phone:</source>
            <translation>联系电话：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Controls</source>
            <translation>实际控制</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Date of &amp;birth:</source>
            <translation>出生日期(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Enter the equity of {name} in percent (0 for a person who only controls).</source>
            <translation>请填写{name}的持股比例（百分数；仅实际控制、不持股的填 0）。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Enter the registered capital for the exemption.</source>
            <translation>豁免须填写注册资本。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Enter the shareholders first.</source>
            <translation>请先录入股东。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Enter the shareholders: the beneficial owners are found as you type.</source>
            <translation>请录入股东：受益所有人随录入即时识别。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Enter who signed the commitment and its reference.</source>
            <translation>请输入承诺书签署人和编号。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Equity %</source>
            <translation>持股比例 %</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Exempt by the customer's commitment (capital ≤ 10 million, all shareholders persons)</source>
            <translation>客户承诺豁免（注册资本不超过 1000 万元且股东均为自然人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Exemption by commitment recorded.</source>
            <translation>已登记承诺豁免。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Exemption by commitment: the core checks it when you press Next.</source>
            <translation>承诺免于登记：按“下一步”时系统核对条件。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Foreign permanent residence ID card</source>
            <translation>外国人永久居留身份证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/held_through.py" />
            <source>Held through</source>
            <translation>通过机构持有</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Held through (No.)</source>
            <translation>通过机构持有（序号）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>ID &amp;number:</source>
            <translation>证件号码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>ID t&amp;ype:</source>
            <translation>证件类型(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>ID valid from:</source>
            <translation>证件有效期起始日：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>ID valid until:</source>
            <translation>证件有效期截止日：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_kinds.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>List the shareholders. For a company that holds shares, add its own shareholders and choose it under “held through”. Shares in percent (0 for a person who only controls). Choose a person to enter their record on the right.</source>
            <translation>列出全部股东。股东为公司的，再录入该公司的股东，并在“通过机构持有”中选择该公司。持股比例按百分数填写（仅实际控制、不持股的填 0）。选择一位自然人后在右侧登记其受益所有人信息。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Long-term (长期)</source>
            <translation>长期</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Mainland travel permit for Hong Kong and Macao residents</source>
            <translation>港澳居民来往内地通行证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Mainland travel permit for Taiwan residents</source>
            <translation>台湾居民来往大陆通行证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Nationa&amp;lity:</source>
            <translation>国籍(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>No. {number} ({name}) is held through No. {through}, and the holdings go round in a circle back to it: correct “held through”.</source>
            <translation>序号 {number}（{name}）通过序号 {through} 持有，而持股关系循环回到其自身：请更正“通过机构持有”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>No. {number} ({name}) is held through “{through}”, which is not the number of a company in the table: correct “held through”.</source>
            <translation>序号 {number}（{name}）通过“{through}”持有，但该序号不是表中某一机构的序号：请更正“通过机构持有”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>Not applicable: identified by control only</source>
            <translation>不适用：仅因实际控制被识别</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>Not applicable: runs daily operations</source>
            <translation>不适用：负责日常经营管理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Owner &amp;since:</source>
            <translation>受益所有权形成日期(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Owner until:</source>
            <translation>受益所有权终止日期：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Owner's record</source>
            <translation>受益所有人信息</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_kinds.py" />
            <source>Person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Record of:</source>
            <translation>登记对象：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Registered capital (CNY):</source>
            <translation>注册资本（元）：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Residence or workplace a&amp;ddress:</source>
            <translation>经常居住地或工作单位地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Se&amp;x:</source>
            <translation>性别(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Senior manager and exemption</source>
            <translation>高级管理人员与豁免</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Senior manager's name</source>
            <translation>高级管理人员姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Senior manager's name:</source>
            <translation>高级管理人员姓名：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Senior manager's title</source>
            <translation>高级管理人员职务</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" />
            <source>Senior manager: {name}</source>
            <translation>高级管理人员：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Share</source>
            <translation>持有比例</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Share:</source>
            <translation>持有比例：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/shareholder_table.py" />
            <source>Shareholders</source>
            <translation>股东</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Still an owner</source>
            <translation>关系存续</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>The ID is valid long-term</source>
            <translation>证件长期有效</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>The customer commits that nobody outside the shareholders controls or benefits from it</source>
            <translation>客户承诺不存在股东以外的人控制或受益</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>The exemption needs the customer's commitment that nobody else controls it.</source>
            <translation>豁免须有客户关于不存在其他控制人或受益人的承诺。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>The person is still an owner</source>
            <translation>受益所有权关系仍存续</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_exemption.py" />
            <source>Title:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>Whose record</source>
            <translation>登记哪位受益所有人的信息</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日，如 1980-03-15</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>agreement, family, trust …</source>
            <translation>协议、亲属关系、信托等</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>controls the customer by other means</source>
            <translation>通过其他方式实际控制</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>has at least 25% of the profit rights</source>
            <translation>享有 25% 及以上收益权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>has at least 25% of the voting rights</source>
            <translation>享有 25% 及以上表决权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>holds at least 25% of the equity</source>
            <translation>持股 25% 及以上</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>not an owner</source>
            <translation>非受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>runs daily operations (nobody else qualifies)</source>
            <translation>负责日常经营管理（无其他符合条件的人员）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/held_through.py" />
            <source>{number}. {name}</source>
            <translation>{number} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/held_through.py" />
            <source>{number}: not a company in the table, choose again</source>
            <translation>{number}：表中已无此机构，请重新选择</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>{share}% of the equity</source>
            <translation>持股 {share}%</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>{share}% of the profit rights</source>
            <translation>收益权 {share}%</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>{share}% of the voting rights</source>
            <translation>表决权 {share}%</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>— choose a country or region (ISO 3166) —</source>
            <translation>— 请选择国家或地区（ISO 3166）—</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owner_record_form.py" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>— not identified as a beneficial owner —</source>
            <translation>— 未被识别为受益所有人 —</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>• {name}: {equity}% of the equity — {why}</source>
            <translation>• {name}：持股 {equity}%——{why}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>✓ complete</source>
            <translation>✓ 信息完整</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_view.py" />
            <source>✗ missing or wrong: {fields}</source>
            <translation>✗ 缺少或有误：{fields}</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/session/passphrase_dialog.py" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/session/passphrase_dialog.py" />
            <source>Key store passphrase</source>
            <translation>密钥库口令</translation>
        </message>
        <message>
            <location filename="../../ui/session/passphrase_dialog.py" />
            <source>This computer has no system key store, so the encryption keys are protected by a passphrase. Choose one of at least 12 characters and keep it safe: it is needed at every start.</source>
            <translation>本机没有系统密钥库，加密密钥将由口令保护。请设置至少 12 个字符的口令并妥善保管：每次启动都需要输入。</translation>
        </message>
        <message>
            <location filename="../../ui/session/passphrase_dialog.py" />
            <source>This computer has no system key store. Enter the key store passphrase to open the data.</source>
            <translation>本机没有系统密钥库。请输入密钥库口令以打开数据。</translation>
        </message>
    </context>
    <context>
        <name>PasswordChange</name>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Changing password…</source>
            <translation>正在修改密码…</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Choose a new password that only you know.</source>
            <translation>请设置一个只有您本人知道的新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Enter the new password twice.</source>
            <translation>请输入两次新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>New password again:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>The two new passwords are not the same.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_change.py" />
            <source>Welcome, {name}. Before you start, choose a new password that only you know.</source>
            <translation>{name}，欢迎使用。开始办理业务前，请设置一个只有您本人知道的新密码。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>&amp;Print (F9)</source>
            <translation>打印(&amp;P)（F9）</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Pages of {document}</source>
            <translation>{document}页面</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Preparing the document…</source>
            <translation>正在生成文件…</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Print or close</source>
            <translation>打印或关闭</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Print preview: {document}</source>
            <translation>打印预览：{document}</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>Printer: {printer}</source>
            <translation>打印机：{printer}</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>The printer did not accept the job. Check that it is on and has paper.</source>
            <translation>打印机未接受打印任务，请检查打印机是否开机、有无纸张。</translation>
        </message>
        <message>
            <location filename="../../ui/counter/print_preview.py" />
            <source>the system default</source>
            <translation>系统默认打印机</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>1. Efficiency</source>
            <translation>一、办理效率</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>2. Returns and rejections by reason</source>
            <translation>二、退回与拒绝（按原因）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>3. Post-review findings and rectification</source>
            <translation>三、事后监督发现与整改</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>4. Customer satisfaction</source>
            <translation>四、客户满意度</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>5. Risk control</source>
            <translation>五、风险控制</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>6. Compliance (filings on time)</source>
            <translation>六、合规（备案及时性）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>7. System support (offline and sync incidents)</source>
            <translation>七、系统支持（离线与同步事件）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>A figure this screen has no name for (see the PDF report)</source>
            <translation>本界面暂无名称的指标（名称见评估报告文件）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Accounts to file</source>
            <translation>应备案账户数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Answered late</source>
            <translation>逾期答复数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Average hours to finish a case</source>
            <translation>平均办结时长（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Average score (1–5)</source>
            <translation>平均分（1–5）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Cases finished</source>
            <translation>办结案件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Cases opened</source>
            <translation>受理案件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Cases sampled</source>
            <translation>抽查案件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Cases with an override</source>
            <translation>有例外处理的案件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Customers asked</source>
            <translation>调查次数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Customers who skipped</source>
            <translation>客户跳过</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Drills</source>
            <translation>应急演练数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Filed late</source>
            <translation>逾期备案</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Filed on time</source>
            <translation>按时备案</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Finding: {category}</source>
            <translation>发现问题：{category}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>High-risk customers</source>
            <translation>高风险客户数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>High-risk share</source>
            <translation>高风险占比</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Incident kind: {kind}</source>
            <translation>事件类型：{kind}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Incidents (drills not counted)</source>
            <translation>事件数（不含演练）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Incidents open at the end</source>
            <translation>期末未结事件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Minutes offline</source>
            <translation>离线时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Not filed yet</source>
            <translation>尚未备案</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Rectification requests</source>
            <translation>整改通知数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Rectifications accepted</source>
            <translation>整改通过数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Reviews closed</source>
            <translation>复核完成数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Reviews open at the end</source>
            <translation>期末未结数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Risk level: {level}</source>
            <translation>风险等级：{level}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Score {score}</source>
            <translation>{score}分</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Severity: {severity}</source>
            <translation>问题严重程度：{severity}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Sync incidents</source>
            <translation>同步相关事件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>{decision}: {reason}</source>
            <translation>{decision}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>{step}: 90th percentile minutes</source>
            <translation>{step} 90分位（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>{step}: median minutes</source>
            <translation>{step} 中位数（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>{step}: share over the SLA</source>
            <translation>{step} 超时占比</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>&amp;Industry:</source>
            <translation>行业(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>&amp;Region of registration or residence:</source>
            <translation>注册地或住所地(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>&amp;Years in business:</source>
            <translation>经营年限(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>A high-risk customer needs the enhanced due diligence note.</source>
            <translation>高风险客户须填写强化尽职调查说明。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Add at least one nationality.</source>
            <translation>请至少添加一个国籍。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Add the nationality</source>
            <translation>添加该国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Answer yes or no.</source>
            <translation>请选择“是”或“否”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Approval by: {roles}.</source>
            <translation>审批人：{roles}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Channel:</source>
            <translation>渠道：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Choose the country.</source>
            <translation>请选择国家或地区。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Choose the industry.</source>
            <translation>请选择行业。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Choose the region.</source>
            <translation>请选择地区。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Contribution of each factor</source>
            <translation>各因素得分</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Country of registration or &amp;nationality:</source>
            <translation>注册国家（地区）或国籍(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Country of registration or nationality</source>
            <translation>注册国家（地区）或国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Did the customer refuse any part of the due diligence?</source>
            <translation>客户是否拒绝配合全部或部分尽职调查？</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Enhanced due diligence note</source>
            <translation>强化尽职调查说明</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Enhanced due diligence:</source>
            <translation>强化尽职调查：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Enter the years in business (0 for under a year).</source>
            <translation>请填写经营年限（不满一年填 0）。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Factor</source>
            <translation>因素</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Fill in the factors and press “Rate the risk”.</source>
            <translation>填写各项因素后，请按“评定风险”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>High risk: record the enhanced due diligence before going on.</source>
            <translation>高风险：请先登记强化尽职调查，再继续办理。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Is a politically exposed person, or a close relative or associate of one, involved?</source>
            <translation>是否涉及政治公众人物或其特定关系人？</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Limits: {single} CNY per transaction, {daily} CNY per day.</source>
            <translation>限额：单笔 {single} 元，日累计 {daily} 元。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>N&amp;ationalities of the legal representative, owners and controllers:</source>
            <translation>法定代表人、受益所有人及实际控制人国籍(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Nationalities of the legal representative and owners</source>
            <translation>法定代表人及受益所有人国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Nationality to add</source>
            <translation>待添加的国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Next review by {date}.</source>
            <translation>下次复评日期：{date}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Not face to face (remote or video)</source>
            <translation>非面对面（远程或视频）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Not rated yet.</source>
            <translation>尚未评级。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Ownership layers</source>
            <translation>股权层级</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Proposed: {what}. Check them against the documents.</source>
            <translation>已带出：{what}。请与证件、资料核对。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Rate the ris&amp;k</source>
            <translation>评定风险(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Rate the risk</source>
            <translation>评定风险</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Rate the risk first.</source>
            <translation>请先评定风险。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Rated high directly, whatever the score: {rules}.</source>
            <translation>不论评分，直接评为高风险：{rules}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Rating the risk…</source>
            <translation>正在评定风险…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Region</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Remove the selected nationality</source>
            <translation>删除选中的国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Required for a high-risk customer</source>
            <translation>高风险客户必填</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Sanctions list: is the customer, an owner or a controller on it?</source>
            <translation>客户、受益所有人或实际控制人是否命中制裁名单？</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>Score {score}: risk level {level}</source>
            <translation>得分 {score}：风险等级“{level}”</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Why</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Years in business</source>
            <translation>经营年限</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>a FATF call-for-action country (customer, owner or controller)</source>
            <translation>客户、受益所有人或实际控制人涉及 FATF 呼吁采取行动的国家或地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>a politically exposed person or close relative</source>
            <translation>涉及政治公众人物或其特定关系人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>a sanctions-list hit</source>
            <translation>命中制裁名单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>an agent acts for the customer</source>
            <translation>由代理人办理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>by account type</source>
            <translation>按账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>by customer kind</source>
            <translation>按客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>complex ownership</source>
            <translation>股权结构复杂</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>domestic</source>
            <translation>境内</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>due diligence refused</source>
            <translation>客户拒绝配合尽职调查</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>elevated-risk industry</source>
            <translation>较高风险行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>established business</source>
            <translation>经营多年</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>face to face at the counter</source>
            <translation>柜面面对面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>foreign nationality</source>
            <translation>外籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>high-risk industry</source>
            <translation>高风险行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>high-risk nationality</source>
            <translation>高风险国家或地区国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>high-risk region</source>
            <translation>高风险地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>layered ownership</source>
            <translation>多层股权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>new business</source>
            <translation>新设企业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>not face to face</source>
            <translation>非面对面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>online pre-application</source>
            <translation>线上预约</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>ordinary industry</source>
            <translation>一般行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>ordinary region</source>
            <translation>一般地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>registered or living abroad</source>
            <translation>境外注册或境外客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>simple ownership</source>
            <translation>股权结构简单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>the country from the identity document</source>
            <translation>按身份证件带出的国家</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>the nationalities from the owners' records</source>
            <translation>按受益所有人信息带出的国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>the region from the credit code or ID number</source>
            <translation>按统一社会信用代码或身份证号码带出的地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_words.py" />
            <source>young business</source>
            <translation>成立不久</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>— answer —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>— choose a country or region (ISO 3166) —</source>
            <translation>— 请选择国家或地区（ISO 3166）—</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>— choose the industry (GB/T 4754) —</source>
            <translation>— 请选择行业（GB/T 4754）—</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>— choose the region (GB/T 2260) —</source>
            <translation>— 请选择地区（GB/T 2260）—</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" />
            <source>— enter —</source>
            <translation>— 请填写 —</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>&amp;Central database:</source>
            <translation>中心数据库(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>&amp;Lock screen after (minutes):</source>
            <translation>无操作锁屏(分钟)(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>&amp;Printer:</source>
            <translation>打印机(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Central database address</source>
            <translation>中心数据库地址</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Empty: the embedded central database</source>
            <translation>留空：使用本机内置的中心数据库</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>L&amp;anguage:</source>
            <translation>语言(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Minutes before the screen locks</source>
            <translation>无操作多少分钟后锁屏</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Only an administrator can change the other settings.</source>
            <translation>其他设置只能由系统管理员修改。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Save or cancel</source>
            <translation>保存或取消</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Saving settings…</source>
            <translation>正在保存设置…</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>System default printer</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/settings_dialog.py" />
            <source>The system's language</source>
            <translation>跟随系统语言</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>A supervisor or the administrator can unlock it sooner.</source>
            <translation>主管或系统管理员可以提前解锁。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Account opening at the counter</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Demo workspace — sample users:</source>
            <translation>演示环境——示例用户：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>One attempt left: after one more wrong password this user is locked. A supervisor or the administrator can unlock it.</source>
            <translation>仅剩一次机会：再输错一次密码，该用户将被锁定。主管或系统管理员可以解锁。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Teller App — sign in</source>
            <translation>柜面开户系统——登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>You must choose a new password before you continue.</source>
            <translation>继续之前必须设置新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>{user_name} ({role}): password {password}</source>
            <translation>{user_name}（{role}）：密码 {password}</translation>
        </message>
    </context>
    <context>
        <name>StartOfDay</name>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>&amp;Continue to work</source>
            <translation>开始办理业务(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>A check that protects customer data failed. Do not start work yet.</source>
            <translation>保护客户数据的检查项未通过。请暂勿开始办理业务。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>All checks passed. Ready for the day.</source>
            <translation>全部检查通过，可以开始今天的工作。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>App version</source>
            <translation>系统版本</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support to correct the computer's date and time.</source>
            <translation>请联系信息技术支持校正本机日期和时间。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support to free disk space before the day's work.</source>
            <translation>请在开始工作前联系信息技术支持清理磁盘空间。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support to install the current version.</source>
            <translation>请联系信息技术支持安装最新版本。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support to set this computer's time to the bank's time service.</source>
            <translation>请联系科技人员将本机时间与本行时间服务同步。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support to set up this terminal (teller-admin init).</source>
            <translation>请联系信息技术支持初始化本终端（teller-admin init）。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Ask IT support: the local database needs an upgrade.</source>
            <translation>请联系信息技术支持：本地数据库需要升级。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Bank-wide one-account check</source>
            <translation>全行账户唯一性核查</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Central database</source>
            <translation>中心数据库</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Check &amp;again</source>
            <translation>重新检查(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Check the printer is on and has paper, or choose another one in Settings.</source>
            <translation>请确认打印机已开机且有纸，或在“设置”中选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Checking this workstation…</source>
            <translation>正在检查本工作站…</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Clock</source>
            <translation>系统时钟</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Clock against the central database</source>
            <translation>与中心数据库的时间差</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Continue to work</source>
            <translation>开始办理业务</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Data folder kept private</source>
            <translation>数据目录访问权限</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Database version</source>
            <translation>数据库版本</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Deadlines are counted on the safe side until IT installs the State Council's holiday arrangement.</source>
            <translation>在信息技术部门装入国务院节假日安排之前，各项期限按从严方式计算。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Disk space</source>
            <translation>磁盘空间</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Do not open cases. Call IT support: the encryption keys are not available.</source>
            <translation>请勿办理开户。请联系信息技术支持：加密密钥不可用。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Do not open cases. Call IT support: the local store cannot be used.</source>
            <translation>请勿办理开户。请联系信息技术支持：本地数据库无法使用。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Do not open cases. Tell your supervisor: the operation record failed verification.</source>
            <translation>请勿办理开户。请报告主管：操作记录校验未通过。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Holiday calendar</source>
            <translation>节假日日历</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Key store</source>
            <translation>密钥库</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Local store</source>
            <translation>本地数据库</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Needs attention: {warned}. You can work; follow the advice below.</source>
            <translation>需要注意：{warned} 项。可以办理业务，请按下方建议处理。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Start-of-day check</source>
            <translation>日初检查</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Start-of-day check results</source>
            <translation>日初检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Sync moving on</source>
            <translation>同步进展</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Tell IT support: the data folder's files must be readable by this computer's user alone.</source>
            <translation>请联系科技支持：数据目录中的文件只能由本机当前用户读取。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>Teller App {version}</source>
            <translation>柜面开户系统 {version}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Terminal set-up</source>
            <translation>终端设置</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>What to do</source>
            <translation>处理建议</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>You can work offline; cases sync when the connection is back. Tell IT if it lasts.</source>
            <translation>可以脱机办理，网络恢复后案件自动同步。若长时间无法连接，请告知信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>You can work. Basic and type I accounts cannot be checked against other branches until IT gives this terminal the bank's uniqueness key; they wait as 'uniqueness to confirm'.</source>
            <translation>可以办理业务。在信息科技部门为本终端导入全行唯一性密钥之前，基本户和Ⅰ类户无法与其他网点核对，将保持“唯一性待确认”状态。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>You can work: cases wait on this terminal. Call IT support: sync cannot move on until they fix what the details say.</source>
            <translation>可以继续办理，案件暂存于本终端。请联系科技支持：须按详情所述处理后，同步才能继续。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>a {entity} item failed {attempts} times ({problem})</source>
            <translation>一条“{entity}”数据已失败 {attempts} 次（{problem}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>bank-wide uniqueness key held</source>
            <translation>已持有全行唯一性密钥</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>branch and terminal are not set</source>
            <translation>尚未设置网点和终端</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>branch {branch}, terminal {terminal}</source>
            <translation>网点 {branch}，终端 {terminal}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>cannot check with the central database: {problem}</source>
            <translation>无法与中心数据库核对：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>cannot narrow the data folder: {problem}</source>
            <translation>无法收紧数据文件夹权限：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>could not be checked: {problem}</source>
            <translation>无法检查：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>embedded central database (made at the first sync)</source>
            <translation>内置中心数据库（首次同步时创建）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>event {seq} differs between this terminal and the central database</source>
            <translation>第 {seq} 条操作记录在本终端与中心数据库之间不一致</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>every file 0600 and every folder 0700</source>
            <translation>所有文件均为 0600，所有文件夹均为 0700</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>fixed {count} that others could read: {names} (now 0600 / 0700)</source>
            <translation>已修正 {count} 个他人可读的文件或文件夹：{names}（现为 0600 / 0700）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>keys unlocked from the OS key store ({backend})</source>
            <translation>密钥已从操作系统密钥库解锁（{backend}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>keys unlocked from the passphrase-protected file key store ({folder})</source>
            <translation>密钥已从口令保护的密钥文件库解锁（{folder}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>keys unlocked from the passphrase-protected file key store ({folder}); no usable OS key store on this machine (keyring backend {backend})</source>
            <translation>密钥已从口令保护的密钥文件库解锁（{folder}）；本机没有可用的操作系统密钥库（keyring 后端：{backend}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no bank-wide uniqueness key: basic and type I accounts stay 'uniqueness to confirm'</source>
            <translation>没有全行唯一性密钥：基本存款账户和Ⅰ类账户将保持“唯一性待确认”</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no default printer: documents go to PDF only</source>
            <translation>没有默认打印机：文件只能生成PDF</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no keys on this terminal</source>
            <translation>本终端没有密钥</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no local store</source>
            <translation>没有本地数据库</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no print system found: documents go to PDF only</source>
            <translation>未找到打印系统：文件只能生成PDF</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>no published holiday arrangement for {years} (provisional or missing): only the fixed-date holidays count, and deadlines in those years are counted on the strict side</source>
            <translation>{years} 年尚无公布的放假安排（暂定或缺失）：只计固定日期的节假日，这些年份的期限按从严方式计算</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>not checked: the audit key is locked in the key store ({problem})</source>
            <translation>未检查：审计密钥锁在密钥库中（{problem}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>not checked: the central database did not answer</source>
            <translation>未检查：中心数据库没有响应</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>not checked: the local store is damaged</source>
            <translation>未检查：本地数据库已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>printer {printer}</source>
            <translation>打印机 {printer}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>printer {printer} is not installed (installed: {installed})</source>
            <translation>打印机 {printer} 未安装（已安装：{installed}）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>printer {printer} is set, but no print system answers</source>
            <translation>已设置打印机 {printer}，但打印系统没有响应</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>published arrangement for {years}</source>
            <translation>已采用国务院公布的放假安排：{years}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>schema at {current}, newest is {head}</source>
            <translation>数据库版本为 {current}，最新版本为 {head}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>schema at {head} (newest)</source>
            <translation>数据库版本为 {head}（最新）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>system default printer {printer}</source>
            <translation>系统默认打印机 {printer}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>terminal {terminal} is not registered centrally</source>
            <translation>终端 {terminal} 尚未在中心登记</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>terminal {terminal}: {problem}</source>
            <translation>终端 {terminal}：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>the central database gave no time</source>
            <translation>中心数据库未返回时间</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>the central database refused the last sync round: {problem}</source>
            <translation>中心数据库拒绝了上一轮同步：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>the clock is behind the last recorded event ({time} UTC)</source>
            <translation>系统时钟早于最后一条操作记录的时间（{time}，世界协调时）</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>the clock says {time} UTC, before this version existed</source>
            <translation>系统时钟为 {time}（世界协调时），早于本版本发布时间</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>the queue can move: chain in step with the central database</source>
            <translation>同步队列正常：操作记录链与中心数据库一致</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>this PC is {seconds} s ahead of the central database</source>
            <translation>本机时间比中心数据库快 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>this PC is {seconds} s behind the central database</source>
            <translation>本机时间比中心数据库慢 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>this terminal's audit record ends at event {local}, the central database holds {central}: its next events would take positions already used</source>
            <translation>本终端的操作记录止于第 {local} 条，中心数据库已有 {central} 条：后续记录将占用已用的序号</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{central}: reachable, schema {schema}</source>
            <translation>{central}：可以连接，数据库版本 {schema}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{central}: schema {schema}</source>
            <translation>{central}：数据库版本 {schema}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{count} events verified</source>
            <translation>已校验 {count} 条操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/start_of_day.py" />
            <source>{failed} failed, {warned} with warnings. You can work; follow the advice below.</source>
            <translation>{failed} 项未通过，{warned} 项有警告。可以办理业务，请按下方建议处理。</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{free} GiB free in {folder}</source>
            <translation>{folder} 可用空间 {free} GiB</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{path} opens; integrity_check ok</source>
            <translation>{path} 可以打开，完整性检查通过</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{path}: {problem}</source>
            <translation>{path}：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/terminal/check_details.py" />
            <source>{time} UTC</source>
            <translation>{time}（世界协调时）</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Conflicts for a supervisor: {count}</source>
            <translation>待主管处理的冲突：{count}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Connection to the central database</source>
            <translation>与中心数据库的连接</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Connection: checking…</source>
            <translation>连接：检查中…</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Items waiting to sync</source>
            <translation>待同步条目</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Last sync: never</source>
            <translation>上次同步：从未</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Last sync: {age} ago</source>
            <translation>上次同步：{age}前</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Waiting to sync: {count}</source>
            <translation>待同步：{count}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Waiting to sync: {count} (oldest {age})</source>
            <translation>待同步：{count}（最早一条已等待 {age}）</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>Working</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>{n} min</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>{n} s</source>
            <translation>{n} 秒</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>● Offline — work is saved here and syncs later</source>
            <translation>● 脱机——业务保存在本机，稍后同步</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" />
            <source>● Online</source>
            <translation>● 联机</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>(optional)</source>
            <translation>（非必备）</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Address: {address}</source>
            <translation>地址：{address}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Agent</source>
            <translation>授权代理人</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>An agent acts for the customer (the legal representative is not present)</source>
            <translation>由授权代理人办理（法定代表人未到场）</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Beneficial owners</source>
            <translation>受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_view.py" />
            <source>Case summary</source>
            <translation>案件摘要</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_view.py" />
            <source>Case summary for the approver</source>
            <translation>审批要素摘要</translation>
        </message>
        <message>
            <location filename="../../ui/approval/scan_viewer.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Credit code: {code}</source>
            <translation>统一社会信用代码：{code}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Daily total: {amount} yuan</source>
            <translation>单日累计：{amount} 元</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Decisions so far</source>
            <translation>审批记录</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Documents</source>
            <translation>开户资料</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Enhanced due diligence applies</source>
            <translation>须开展强化尽职调查</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Enhanced due diligence: {note}</source>
            <translation>强化尽职调查：{note}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_view.py" />
            <source>Enlarge scan {name}</source>
            <translation>放大查看扫描件：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Exceptions and overrides</source>
            <translation>例外与特殊处理</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Exemption by commitment recorded</source>
            <translation>已记录承诺豁免</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Identity of {person}: {result}</source>
            <translation>{person}身份核查：{result}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>In all: {time}</source>
            <translation>合计：{time}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Intent and seal card</source>
            <translation>开户意愿与预留印鉴</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Intent: {method}, with {person}</source>
            <translation>开户意愿：{method}，核实对象 {person}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Level {level}, score {score}</source>
            <translation>等级 {level}，得分 {score}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Limits</source>
            <translation>交易限额</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>MISMATCH (不一致)</source>
            <translation>不一致</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Next review: {date}</source>
            <translation>下次复评：{date}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Not rated yet</source>
            <translation>尚未评级</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Not required for this customer kind</source>
            <translation>该类存款人无须识别</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Optional document {item}: {decision}</source>
            <translation>非必备资料“{item}”：{decision}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Original not seen: {item}</source>
            <translation>未核对原件：{item}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Override recorded: {what}</source>
            <translation>已记录特殊处理：{what}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>People and identity verification</source>
            <translation>相关人员及联网核查</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>Prepared by {maker}; request {attempt}</source>
            <translation>经办：{maker}；第 {attempt} 次提交</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Rated directly by a rule: {rule}</source>
            <translation>直接评级规则：{rule}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Recording: {reference}</source>
            <translation>录像编号：{reference}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Returned for correction before: {count} time(s)</source>
            <translation>此前已退回补正 {count} 次</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Risk rating</source>
            <translation>风险评级</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_view.py" />
            <source>Scans (click to enlarge):</source>
            <translation>扫描件（点击放大）：</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Seal: {kind} — {holder}</source>
            <translation>印鉴：{kind}——{holder}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Single payment: {amount} yuan</source>
            <translation>单笔：{amount} 元</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Started as an online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>Step skipped: {step}</source>
            <translation>已跳过步骤：{step}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>The credit code is not valid</source>
            <translation>统一社会信用代码无效</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>The organisation code inside the credit code does not check: compare the licence</source>
            <translation>信用代码中的组织机构代码校验不符，请核对营业执照</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>The owner's record lacks: {fields}</source>
            <translation>受益所有人信息缺少：{fields}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>The photo of {person} was not compared</source>
            <translation>{person}的照片未比对</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>Time taken</source>
            <translation>办理用时</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>born {date}</source>
            <translation>出生日期 {date}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>contact {value}</source>
            <translation>联系电话 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>control</source>
            <translation>实际控制</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>controls by: {means}</source>
            <translation>控制方式：{means}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>equity</source>
            <translation>持股</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>face to face</source>
            <translation>面对面</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>long-term</source>
            <translation>长期</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>match (一致)</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>nationality {country}</source>
            <translation>国籍 {country}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>not verified</source>
            <translation>未核查</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>number not on record (库中无此号)</source>
            <translation>库中无此号</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>original seen</source>
            <translation>已核对原件</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>owner from {start} to {end}</source>
            <translation>{start} 至 {end} 为受益所有人</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>owner since {start}, still an owner</source>
            <translation>{start} 起为受益所有人，关系存续</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>photo compared</source>
            <translation>已比对照片</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>photo not compared</source>
            <translation>未比对照片</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>profit rights</source>
            <translation>收益权</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>ref. {reference}</source>
            <translation>核查编号 {reference}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>senior manager</source>
            <translation>高级管理人员</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>service unavailable: not verified</source>
            <translation>服务不可用，未核查</translation>
        </message>
        <message>
            <location filename="../../ui/approval/owner_record_lines.py" />
            <source>valid {start} to {end}</source>
            <translation>有效期限 {start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>video call</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>voting rights</source>
            <translation>表决权</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{count} scan(s)</source>
            <translation>扫描件 {count} 份</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{customer} — {kind}, {account_type}</source>
            <translation>{customer}——{kind}，{account_type}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>{factor}: {points} of {weight} ({why})</source>
            <translation>{factor}：{points} 分（满分 {weight}，{why}）</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{item}: {decision}</source>
            <translation>{item}：{decision}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{result} ({details})</source>
            <translation>{result}（{details}）</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{role}: {name} {id_number} — {result}</source>
            <translation>{role}：{name} {id_number}——{result}</translation>
        </message>
        <message>
            <location filename="../../ui/approval/customer_lines.py" />
            <source>{share}%</source>
            <translation>{share}%</translation>
        </message>
        <message>
            <location filename="../../ui/approval/risk_lines.py" />
            <source>{step}: {time} (limit {sla} min)</source>
            <translation>{step}：{time}（时限 {sla} 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/approval/summary_words.py" />
            <source>{when}: {decision} by {name} ({role})</source>
            <translation>{when}：{name}（{role}）{decision}</translation>
        </message>
    </context>
    <context>
        <name>Supervision</name>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>&amp;Answer</source>
            <translation>答复(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>&amp;Close review</source>
            <translation>结束复核(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>&amp;Compute</source>
            <translation>计算(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>&amp;Evaluation report…</source>
            <translation>定期评估报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>&amp;Incidents and drills</source>
            <translation>应急事件与演练(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>&amp;Open case</source>
            <translation>打开案件(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>&amp;Post-review</source>
            <translation>事后监督(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>&amp;Rectification requests…</source>
            <translation>整改通知(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>&amp;Report an incident</source>
            <translation>报告事件(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>&amp;Send to the teller</source>
            <translation>发送给经办柜员(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>&amp;Suggestions…</source>
            <translation>改进建议(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>2026Q4, 2026H2 or 2026-10-01..2026-12-31</source>
            <translation>如 2026Q4、2026H2 或 2026-10-01..2026-12-31</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>90th percentile</source>
            <translation>90分位</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Accepted</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Account type</source>
            <translation>账户类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Agreement or seal card problem</source>
            <translation>协议或印鉴问题</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Alert</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Alerts</source>
            <translation>预警提示</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Approval not proper</source>
            <translation>审批不当</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Assessed</source>
            <translation>已评估</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Beneficial owners not identified properly</source>
            <translation>受益所有人识别不当</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>Branch &amp;dashboard</source>
            <translation>网点监控看板(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Branch dashboard</source>
            <translation>网点监控看板</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Case (read-only)</source>
            <translation>案件（只读）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Case {case} · {account_type} · risk {risk} · {state}</source>
            <translation>案件 {case} · {account_type} · 风险 {risk} · {state}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Cases</source>
            <translation>案件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Cases to review</source>
            <translation>待复核案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Choose a score from 1 to 5, or skip.</source>
            <translation>请选择 1 至 5 分，或选择跳过。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Close the suggestion</source>
            <translation>关闭该建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Comment (optional)</source>
            <translation>意见（可不填）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Computing the report…</source>
            <translation>正在计算评估报告…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Customer satisfaction</source>
            <translation>客户满意度</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Data entered wrongly</source>
            <translation>信息录入错误</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Data leak</source>
            <translation>数据泄露</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Document invalid or expired</source>
            <translation>资料无效或过期</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Document missing</source>
            <translation>资料缺失</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Documents</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Drill</source>
            <translation>演练</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Due</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Entered</source>
            <translation>进入时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Evaluation report</source>
            <translation>定期评估报告</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Filing late</source>
            <translation>备案不及时</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Filings due</source>
            <translation>待备案</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Finding</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Findings</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Folder for the CSV files</source>
            <translation>CSV 文件保存位置</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Handled</source>
            <translation>已处置</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>High risk</source>
            <translation>高风险</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>How satisfied is the customer with the service today? 1 = not at all, 5 = very.</source>
            <translation>客户对本次服务是否满意？1 分为很不满意，5 分为非常满意。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Identity check not done properly</source>
            <translation>身份核验不到位</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Incidents and drills</source>
            <translation>应急事件与演练</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Intent not confirmed properly</source>
            <translation>开户意愿核实不到位</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Key store problem</source>
            <translation>密钥库问题</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Level (when assessing)</source>
            <translation>等级（评估时填写）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Level I (most serious)</source>
            <translation>Ⅰ级（特别重大）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Level II</source>
            <translation>Ⅱ级（重大）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Level III</source>
            <translation>Ⅲ级（较大）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Level IV (least serious)</source>
            <translation>Ⅳ级（一般）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Loading the dashboard…</source>
            <translation>正在读取监控看板…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Major</source>
            <translation>较重</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Minor</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Minutes per step against the SLA</source>
            <translation>各环节用时与时限（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Network down</source>
            <translation>网络中断</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Next stage</source>
            <translation>下一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>No reason code</source>
            <translation>未注明原因</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Not accepted</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Not rated</source>
            <translation>未评级</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_charts.py" />
            <source>Nothing in this period</source>
            <translation>本期间暂无</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Oldest (min)</source>
            <translation>最久等待（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Open a case from the list to review it.</source>
            <translation>请从列表中打开一个案件进行复核。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Open cases per step</source>
            <translation>各环节在办案件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Open incidents</source>
            <translation>未结事件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Open suggestions</source>
            <translation>未结建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Operating error</source>
            <translation>操作失误</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Operation record failed verification</source>
            <translation>操作记录校验失败</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Original seen</source>
            <translation>已核对原件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Over SLA</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Overdue now</source>
            <translation>当前超时</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Override</source>
            <translation>例外处理</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Period</source>
            <translation>评估期间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Post-review</source>
            <translation>事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Post-reviews open</source>
            <translation>未结事后监督</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Random sample</source>
            <translation>随机抽查</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Record &amp;finding</source>
            <translation>记录问题(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>Record stage: {stage}</source>
            <translation>记录阶段：{stage}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Rectification</source>
            <translation>整改</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Rectification answered</source>
            <translation>已答复整改</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Rectification request</source>
            <translation>整改要求</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Rectification requests</source>
            <translation>整改通知</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Refresh the dashboard</source>
            <translation>刷新监控看板</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Reported</source>
            <translation>已报告</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Request</source>
            <translation>整改要求</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Requested</source>
            <translation>通知时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Responding</source>
            <translation>响应中</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Returned</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Returns and rejections by reason</source>
            <translation>退回与拒绝（按原因）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Reviewed</source>
            <translation>已复盘</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Risk level</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Risk mix (last 30 days)</source>
            <translation>风险等级分布（近30天）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Risk rating wrong</source>
            <translation>风险评级不当</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>S&amp;upervision</source>
            <translation>监督管理(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>SLA</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Sampled</source>
            <translation>抽中时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Save &amp;PDF…</source>
            <translation>保存 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Save C&amp;SV…</source>
            <translation>保存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Save the report as PDF</source>
            <translation>将报告保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Saved {count} file(s) in {folder}</source>
            <translation>已保存 {count} 个文件，位置：{folder}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Score {score}</source>
            <translation>{score} 分</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Screen</source>
            <translation>界面</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/menu.py" />
            <source>Send a su&amp;ggestion…</source>
            <translation>提出改进建议(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Send a suggestion</source>
            <translation>提出改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Sent</source>
            <translation>提出时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Severe</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_charts.py" />
            <source>Show chart</source>
            <translation>显示图表</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_charts.py" />
            <source>Show numbers</source>
            <translation>显示数据</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Steps</source>
            <translation>办理环节</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Steps done</source>
            <translation>完成环节数</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Suggestion</source>
            <translation>建议内容</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Suggestions</source>
            <translation>改进建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Sync failing</source>
            <translation>同步失败</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Sync per terminal</source>
            <translation>各终端同步情况</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>System failure</source>
            <translation>系统故障</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Teller</source>
            <translation>柜员</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Teller's monthly minimum</source>
            <translation>柜员每月最少抽查</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>The customer &amp;skips</source>
            <translation>客户跳过(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>This is a drill</source>
            <translation>本次为演练</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Time per teller</source>
            <translation>各柜员用时</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Under review</source>
            <translation>复核中</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Updated {time}</source>
            <translation>更新于 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Waiting</source>
            <translation>待同步</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Waiting (min)</source>
            <translation>等待（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Waiting for approval</source>
            <translation>等待审批</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Waiting for rectification</source>
            <translation>待整改</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/labels.py" />
            <source>Waiting for review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>What was put right</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>What would make the procedure or this screen better? Your supervisor reads and answers it.</source>
            <translation>哪些地方能让流程或本界面更好用？主管会阅读并答复。</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/report_dialog.py" />
            <source>Whole bank (central database)</source>
            <translation>全行（中心数据库）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Why sampled</source>
            <translation>抽查原因</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_page.py" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Your answer</source>
            <translation>答复内容</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/review_queue.py" />
            <source>Your password (signs each decision)</source>
            <translation>本人密码（每项决定均需签署）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/feedback_dialogs.py" />
            <source>Your suggestion</source>
            <translation>您的建议</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/incidents_page.py" />
            <source>the terminal</source>
            <translation>本终端（自动）</translation>
        </message>
        <message>
            <location filename="../../ui/supervision/dashboard_charts.py" />
            <source>{name} — {series}: {value}</source>
            <translation>{name} — {series}：{value}</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <location filename="../../ui/training/window.py" />
            <source>&amp;Training mode</source>
            <translation>培训模式(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Assessment “{title}”: every scenario worked, a mean of at least {mark}% (now {percent}%).</source>
            <translation>考核“{title}”：须完成全部案例，平均得分不低于 {mark}%（当前 {percent}%）。</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Best scores</source>
            <translation>最高得分</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Certified until</source>
            <translation>考核合格有效期至</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/training/customer_card.py" />
            <source>Finish and score</source>
            <translation>完成并评分</translation>
        </message>
        <message>
            <location filename="../../ui/training/customer_card.py" />
            <source>Finish the scenario and see the score</source>
            <translation>完成本案例并查看评分</translation>
        </message>
        <message>
            <location filename="../../ui/training/banner.py" />
            <source>Leave training mode</source>
            <translation>退出培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Not passed yet ({percent}%, the pass mark is {mark}%): work every scenario and try again.</source>
            <translation>尚未通过（{percent}%，合格线为 {mark}%）：请完成全部案例后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Passed with {percent}%: you are certified until {day}. Sign in again to work on real cases.</source>
            <translation>考核通过（{percent}%）：上岗资格有效期至 {day}。请重新登录后办理真实业务。</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>Scenario score</source>
            <translation>案例评分</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Start this scenario</source>
            <translation>开始本案例</translation>
        </message>
        <message>
            <location filename="../../ui/training/banner.py" />
            <source>TRAINING MODE — simulated work in the training sandbox: nothing you do here reaches real customers, real accounts or the central database.</source>
            <translation>培训模式——在培训沙箱中模拟操作：此处的任何操作都不会影响真实客户、真实账户或中心数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Take the assessment</source>
            <translation>参加考核</translation>
        </message>
        <message>
            <location filename="../../ui/training/window.py" />
            <source>The customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/training/customer_card.py" />
            <source>The customer hands over</source>
            <translation>客户提交的资料</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Trainee</source>
            <translation>学员</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Trainees' results</source>
            <translation>学员成绩</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Training and assessment</source>
            <translation>培训与考核</translation>
        </message>
        <message>
            <location filename="../../ui/training/window.py" />
            <source>Training sce&amp;narios</source>
            <translation>培训案例(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Training scenarios</source>
            <translation>培训案例</translation>
        </message>
        <message>
            <location filename="../../ui/training/customer_card.py" />
            <source>When you ask</source>
            <translation>向客户询问时</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>Work a scripted customer's case in the real wizard. The app scores your decisions and explains each miss. Pass the assessment to be certified for real cases.</source>
            <translation>在真实的办理向导中受理模拟客户的业务。系统对您的每项判断评分，并逐条说明失分原因。考核通过后方可办理真实业务。</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>best {percent}%</source>
            <translation>最高 {percent}%</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>not certified</source>
            <translation>未取得上岗资格</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>not passed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../ui/training/training_page.py" />
            <source>not worked yet</source>
            <translation>尚未练习</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>{percent}% ({verdict}; the pass mark is {mark}%)</source>
            <translation>{percent}%（{verdict}；合格线为 {mark}%）</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>✓ Met ({points} points): {why}</source>
            <translation>✓ 得分（{points} 分）：{why}</translation>
        </message>
        <message>
            <location filename="../../ui/training/score_dialog.py" />
            <source>✗ Missed ({points} points): {why} You recorded: {found}.</source>
            <translation>✗ 失分（{points} 分）：{why}您的处理：{found}。</translation>
        </message>
    </context>
    <context>
        <name>Uniqueness</name>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>A supervisor cleared the clash with another {account}, with a recorded reason.</source>
            <translation>主管已记录理由，解除了与另一{account}的冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>Activation waits for a supervisor to clear the clash.</source>
            <translation>须待主管解除冲突后方可激活。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>Activation waits for the regulator's approval: record its number and date.</source>
            <translation>须先登记人民银行核准的核准号和日期，方可激活。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>Another {account} of this depositor is known: activation waits until a supervisor clears the clash with a recorded reason.</source>
            <translation>已知该存款人另有{account}：须待主管记录理由解除冲突后方可激活。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>Another {account} of this depositor was found after activation: a supervisor must decide.</source>
            <translation>激活后发现该存款人另有{account}：须由主管处理。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>No other {account} of this depositor is known bank-wide; it is checked once more after this account reaches the central database.</source>
            <translation>全行未发现该存款人另有{account}；本账户同步到中心数据库后将再核查一次。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>One {account} per depositor: checked at account setup against this terminal's records and, when online, the central database; set up offline, it is confirmed at the next sync.</source>
            <translation>每个存款人只能开立一个{account}：开户设置时核查本终端记录，联网时同时核查中心数据库；离线设置的，下次同步时确认。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>The next sync checks with the central database. Activation can go ahead meanwhile; if another one is found, activation waits until a supervisor decides.</source>
            <translation>下次同步时将与中心数据库核查，核查前可先行激活；如发现另有账户，须待主管处理后方可激活。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>The next sync checks with the central database; if it finds another one, the case goes to a supervisor to decide.</source>
            <translation>下次同步时将与中心数据库核查；如发现另有账户，案件转主管处理。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>Uniqueness to confirm: the central database could not be asked when the account was set up, so only this terminal's records were searched for another {account} of this depositor.</source>
            <translation>唯一性待确认：开户设置时未能查询中心数据库，仅核查了本终端记录中该存款人是否另有{account}。</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>basic deposit account</source>
            <translation>基本存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>one-account clash cleared</source>
            <translation>账户唯一性冲突已解除</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>personal class I account</source>
            <translation>个人Ⅰ类银行结算账户</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>second account found: supervisor decides</source>
            <translation>发现第二个账户，待主管处理</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>uniqueness to confirm</source>
            <translation>唯一性待确认</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>{checked} {then}</source>
            <translation>{checked}{then}</translation>
        </message>
        <message>
            <location filename="../../ui/uniqueness_words.py" />
            <source>{status} · {check}</source>
            <translation>{status} · {check}</translation>
        </message>
    </context>
    <context>
        <name>Warnings</name>
        <message>
            <location filename="../../ui/messages/__init__.py" />
            <source>Category {category} of registration authority {authority} is not in the published table; compare the code with the certificate.</source>
            <translation>登记管理部门 {authority} 的机构类别 {category} 不在已公布的代码表中；请与证照核对。</translation>
        </message>
        <message>
            <location filename="../../ui/messages/__init__.py" />
            <source>The organisation code inside the credit code has check character {found}, expected {expected}; compare it with the business licence.</source>
            <translation>统一社会信用代码中的组织机构代码校验位为 {found}，应为 {expected}；请与营业执照核对。</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>&amp;Discard them</source>
            <translation>放弃录入(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>&amp;Keep as a draft</source>
            <translation>保留为草稿(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Account activated: the case is closed and read-only.</source>
            <translation>账户已激活：本案件已结束，只读。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Account: {check}</source>
            <translation>账户：{check}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Back to the previous step</source>
            <translation>返回上一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Cancelled: the case is closed and read-only.</source>
            <translation>已撤销：本案件已结束，只读。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Case no. {number}</source>
            <translation>案件编号 {number}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Close case</source>
            <translation>关闭案件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Close the case and go back home</source>
            <translation>关闭案件并返回首页</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Closed; the case took {spent}</source>
            <translation>已结束；本案件用时 {spent}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Documents to print</source>
            <translation>可打印的文件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Form of the current step</source>
            <translation>当前环节表单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>Keep them as a draft for when you open the case again, or discard them?</source>
            <translation>保留为草稿，下次打开本案件时继续录入，还是放弃？</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>Keeping the draft…</source>
            <translation>正在保留草稿…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Next → (F12)</source>
            <translation>下一步 →（F12）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Print a document of the case</source>
            <translation>打印本案件的文件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Print… (F8)</source>
            <translation>打印…（F8）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Rejected: the case is closed and read-only.</source>
            <translation>已拒绝：本案件已结束，只读。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Returned for correction: {reasons}</source>
            <translation>退回补正：{reasons}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Save (F5)</source>
            <translation>保存（F5）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Save and go to the next step</source>
            <translation>保存并进入下一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Save the case and stay on this step</source>
            <translation>保存案件并停留在本环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>Some entries of this case are not saved yet.</source>
            <translation>本案件有录入内容尚未保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Step {number} of {total}: {name}</source>
            <translation>第 {number}/{total} 步：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>Steps of the case</source>
            <translation>案件环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>TRAINING MODE</source>
            <translation>培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>The case is closed; its time no longer runs.</source>
            <translation>案件已办结，不再计时。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/pending_page.py" />
            <source>The form for “{step}” is not available in this version. Save the case and finish this step with your supervisor.</source>
            <translation>本版本暂不提供“{step}”的录入界面。请保存案件，并与主管一起完成本环节。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/pending_page.py" />
            <source>This step cannot be completed in this version yet.</source>
            <translation>本版本暂不能完成此环节。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Time on this step: {spent}</source>
            <translation>本环节用时：{spent}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" />
            <source>Time on this step: {spent} of {sla} min</source>
            <translation>本环节用时：{spent}（时限 {sla} 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>Unsaved entries</source>
            <translation>未保存的录入</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/drafts.py" />
            <source>Your unsaved entries are back in the fields. Save the step to keep them.</source>
            <translation>上次未保存的录入已恢复到各栏中。请保存本步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/step_list.py" />
            <source>current step</source>
            <translation>当前步骤</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/step_list.py" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/step_list.py" />
            <source>not reached yet</source>
            <translation>尚未到达</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/step_list.py" />
            <source>returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" />
            <source>← Back (F11)</source>
            <translation>← 上一步（F11）</translation>
        </message>
    </context>
</TS>
