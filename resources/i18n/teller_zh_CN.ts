<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountSetup</name>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="58" />
            <source>&amp;Activate the account</source>
            <translation>激活账户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="59" />
            <source>&amp;Print the opening confirmation…</source>
            <translation>打印开户确认书(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="57" />
            <source>&amp;Set up the account</source>
            <translation>设置账户(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="84" />
            <source>Account number: {number}</source>
            <translation>账号：{number}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="113" />
            <source>Activating…</source>
            <translation>正在激活…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="91" />
            <source>Allowed: {permissions}</source>
            <translation>允许：{permissions}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="17" />
            <source>Cash deposit</source>
            <translation>存入现金</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="16" />
            <source>Cash withdrawal</source>
            <translation>支取现金</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="101" />
            <source>Filing deadline: {date}</source>
            <translation>备案期限：{date}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="22" />
            <source>Filing with the regulator (备案)</source>
            <translation>向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="92" />
            <source>Limits: {single} CNY per transaction, {daily} CNY per day</source>
            <translation>限额：单笔 {single} 元，日累计 {daily} 元</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="79" />
            <source>No account number yet</source>
            <translation>尚未分配账号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="24" />
            <source>No filing</source>
            <translation>无需备案</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="23" />
            <source>Regulator's approval (核准)</source>
            <translation>人民银行核准</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="98" />
            <source>Regulator: {regime}</source>
            <translation>监管要求：{regime}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="137" />
            <source>Set up and activate the account.</source>
            <translation>请设置并激活账户。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="109" />
            <source>Setting up the account…</source>
            <translation>正在设置账户…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="103" />
            <source>The account is active. The case is complete.</source>
            <translation>账户已激活，案件办结。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="136" />
            <source>The account is open. Close the case to go back home.</source>
            <translation>账户已开立。关闭案件即可返回首页。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="81" />
            <source>The number comes from this terminal's reserved block; it works offline.</source>
            <translation>账号取自本终端预留的号段，脱机时也可分配。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="18" />
            <source>Transfers in</source>
            <translation>转入</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/account_setup_page.py" line="19" />
            <source>Transfers out</source>
            <translation>转出</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="134" />
            <source>Teller App</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="135" />
            <source>The settings could not be read: {problem}
Ask IT to correct them.</source>
            <translation>无法读取设置：{problem}
请联系科技人员更正。</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="52" />
            <source>&amp;Request approval</source>
            <translation>申请授权(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="73" />
            <source>&amp;Resubmit for approval</source>
            <translation>重新提交授权(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="16" />
            <source>Approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="87" />
            <source>Approved. Go on to set up the account.</source>
            <translation>已授权，请继续设置账户。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="116" />
            <source>Checking the case and requesting approval…</source>
            <translation>正在检查案件并申请授权…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="76" />
            <source>Every step is checked again when you request approval. Then a supervisor decides.</source>
            <translation>申请授权时将重新检查所有环节，然后由主管审批。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="18" />
            <source>Rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="53" />
            <source>Request approval</source>
            <translation>申请授权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="144" />
            <source>Request approval first.</source>
            <translation>请先申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="17" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="68" />
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="54" />
            <source>Supervisor &amp;signs in to decide…</source>
            <translation>主管登录授权(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="55" />
            <source>Supervisor signs in to decide</source>
            <translation>主管登录授权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="143" />
            <source>The case was rejected.</source>
            <translation>案件已被拒绝。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="81" />
            <source>Waiting for a supervisor. The supervisor can sign in here, over your session, or decide from their own queue. You stay signed in.</source>
            <translation>等待主管审批。主管可在本机您的会话之上登录授权，也可在自己的待办中审批。您无需退出登录。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="141" />
            <source>Waiting for the supervisor's decision.</source>
            <translation>等待主管审批。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/approval_page.py" line="93" />
            <source>{when}: {decision} by {role}</source>
            <translation>{when}：{role}{decision}</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../ui/audit_viewer.py" line="96" />
            <source>&amp;Filter</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="98" />
            <source>&amp;Verify the chain</source>
            <translation>校验记录链(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="217" />
            <source>(not shown to your role)</source>
            <translation>（您的岗位不可查看）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="88" />
            <source>({pairs})</source>
            <translation>（{pairs}）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="92" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="65" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="91" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="93" />
            <source>An action code or its beginning, for example case. or sign_in</source>
            <translation>操作代码或其开头，例如 case. 或 sign_in</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="97" />
            <source>Apply the filter</source>
            <translation>应用筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="106" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="87" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="195" />
            <source>Chain BROKEN at event {sequence}. Tell your supervisor and IT security now.</source>
            <translation>记录链在第 {sequence} 条事件处断裂。请立即报告主管和信息安全部门。</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="190" />
            <source>Chain intact: {count} events checked.</source>
            <translation>记录链完整：已校验 {count} 条事件。</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="110" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="92" />
            <source>Filter by action</source>
            <translation>按操作筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="88" />
            <source>Filter by case number</source>
            <translation>按案件编号筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="90" />
            <source>Filter by user</source>
            <translation>按用户筛选</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="94" />
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="135" />
            <source>Loading the operation record…</source>
            <translation>正在读取操作记录…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="103" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="86" />
            <source>Operation record</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="109" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="107" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="174" />
            <source>The newest {count} events; narrow the filter to see older ones</source>
            <translation>最新 {count} 条事件；缩小筛选范围可查看更早的记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="104" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="95" />
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="89" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="99" />
            <source>Verify the operation record chain</source>
            <translation>校验操作记录链</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="146" />
            <source>Verifying the chain…</source>
            <translation>正在校验记录链…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="33" />
            <source>chain broken</source>
            <translation>记录链断裂</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="31" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="86" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="91" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="32" />
            <source>refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="86" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/audit_viewer.py" line="181" />
            <source>{count} events</source>
            <translation>共 {count} 条事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_details.py" line="79" />
            <source>{label}: {value}</source>
            <translation>{label}：{value}</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../ui/conflict_queue.py" line="26" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="80" />
            <source>Based on version</source>
            <translation>基于版本</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="23" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="81" />
            <source>Central version</source>
            <translation>中心版本</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="88" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="24" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="25" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="87" />
            <source>Keep the &amp;central version</source>
            <translation>采用中心版本(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="86" />
            <source>Keep the &amp;terminal's version</source>
            <translation>采用终端版本(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="100" />
            <source>Loading conflicts…</source>
            <translation>正在读取冲突…</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="85" />
            <source>Open conflicts</source>
            <translation>待处理冲突</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="78" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="118" />
            <source>Resolving…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="106" />
            <source>Select a conflict first.</source>
            <translation>请先选择一条冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="82" />
            <source>Since</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="68" />
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="79" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_queue.py" line="70" />
            <source>Two terminals changed the same record. Both versions are kept whole; choose which one stands. The other terminal receives your choice at its next sync.</source>
            <translation>两台终端修改了同一条记录。两个版本均已完整保留；请选择采用哪一个。另一台终端在下次同步时会收到您的选择。</translation>
        </message>
    </context>
    <context>
        <name>Contract</name>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="71" />
            <source>&amp;Add a seal</source>
            <translation>添加印章(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="65" />
            <source>&amp;Preview and print the agreement…</source>
            <translation>预览并打印协议(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="66" />
            <source>Both originals are signed and sealed</source>
            <translation>两份协议均已签字盖章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="23" />
            <source>Company seal (单位公章)</source>
            <translation>单位公章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="24" />
            <source>Financial seal (财务专用章)</source>
            <translation>财务专用章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="69" />
            <source>Holder</source>
            <translation>持有人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="25" />
            <source>Legal representative's name seal (法定代表人名章)</source>
            <translation>法定代表人名章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="159" />
            <source>Preparing the document…</source>
            <translation>正在生成文件…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="63" />
            <source>Print the agreement in two originals; the customer signs and seals both.</source>
            <translation>协议一式两份打印，由客户在两份上签字盖章。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="118" />
            <source>Record that the agreement is signed.</source>
            <translation>请登记协议已签署。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="120" />
            <source>Record the customer's confirmation.</source>
            <translation>请登记客户确认。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="122" />
            <source>Record the seal card.</source>
            <translation>请登记预留印鉴。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="69" />
            <source>Seal</source>
            <translation>印章</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="70" />
            <source>Seal card</source>
            <translation>预留印鉴</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="68" />
            <source>Seal card (预留印鉴)</source>
            <translation>预留印鉴</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/contract_page.py" line="67" />
            <source>The customer confirmed the account type, services and fees</source>
            <translation>客户已确认账户种类、服务项目和收费标准</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="90" />
            <source>&amp;Import scan of the selected document…</source>
            <translation>导入所选资料的扫描件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="73" />
            <source>Check each document against the original. Verified needs “original seen”; needs revision and rejected need a reason.</source>
            <translation>请逐项与原件核对。“已核验”须确认已核对原件；“需补正”和“不予受理”须选择原因。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="83" />
            <source>Decision</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="128" />
            <source>Decision on {document}</source>
            <translation>{document}的审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="81" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="89" />
            <source>Document checklist</source>
            <translation>开户资料审核清单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="122" />
            <source>If applicable</source>
            <translation>视情况</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="91" />
            <source>Import a scan (PDF, JPG, PNG)</source>
            <translation>导入扫描件（PDF、JPG、PNG）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="222" />
            <source>Import scan</source>
            <translation>导入扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="106" />
            <source>Loading the checklist…</source>
            <translation>正在读取资料清单…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="122" />
            <source>Mandatory</source>
            <translation>必备</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="260" />
            <source>No scan of this document yet.</source>
            <translation>该资料尚无扫描件。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="138" />
            <source>Original of {document} seen</source>
            <translation>已核对{document}原件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="85" />
            <source>Original seen</source>
            <translation>已核对原件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="84" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="135" />
            <source>Reason for {document}</source>
            <translation>{document}的原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="204" />
            <source>Recording the decision…</source>
            <translation>正在登记审核结论…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="82" />
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="92" />
            <source>Scan preview</source>
            <translation>扫描件预览</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="86" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="222" />
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="94" />
            <source>Select a document to see its scans.</source>
            <translation>选择一项资料即可查看其扫描件。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="218" />
            <source>Select the document the scan belongs to first.</source>
            <translation>请先选择扫描件所属的资料。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="236" />
            <source>Storing the scan encrypted…</source>
            <translation>正在加密保存扫描件…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="288" />
            <source>The checklist is loading.</source>
            <translation>正在读取资料清单。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="278" />
            <source>The scan cannot be shown, but it is stored.</source>
            <translation>扫描件无法显示，但已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/documents_page.py" line="290" />
            <source>{count} mandatory documents are not verified yet.</source>
            <translation>还有 {count} 项必备资料未核验。</translation>
        </message>
    </context>
    <context>
        <name>DualSignIn</name>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="133" />
            <source>&amp;Approve</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="173" />
            <source>Checking the supervisor and recording the decision…</source>
            <translation>正在核验主管身份并登记审批结论…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="141" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="123" />
            <source>Decision:</source>
            <translation>审批结论：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="135" />
            <source>Re&amp;ject</source>
            <translation>拒绝(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="134" />
            <source>Re&amp;turn for correction</source>
            <translation>退回补正(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="139" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="125" />
            <source>Reasons:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="140" />
            <source>Required to return or reject</source>
            <translation>退回或拒绝时必填</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="124" />
            <source>Return to step:</source>
            <translation>退回至环节：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="138" />
            <source>Step to correct</source>
            <translation>需补正的环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="122" />
            <source>Supervisor's &amp;password:</source>
            <translation>主管密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="121" />
            <source>Supervisor's &amp;user name:</source>
            <translation>主管用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="110" />
            <source>Supervisor's decision</source>
            <translation>主管审批</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="132" />
            <source>Supervisor's password</source>
            <translation>主管密码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="131" />
            <source>Supervisor's user name</source>
            <translation>主管用户名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/dual_sign_in.py" line="112" />
            <source>{customer} — {account_type}. The supervisor signs in here; {teller} stays signed in.</source>
            <translation>{customer}——{account_type}。主管在此登录审批，{teller}无需退出登录。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/messages.py" line="188" />
            <source>A customer of kind {kind} may not open an account of type {account_type}.</source>
            <translation>{kind}客户不能开立{account_type}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="197" />
            <source>A general deposit account cannot be opened at branch {branch}, which keeps the basic account.</source>
            <translation>不能在基本存款账户开户行 {branch} 开立一般存款账户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="194" />
            <source>A general deposit account needs the number of the depositor's basic account.</source>
            <translation>开立一般存款账户须提供存款人的基本存款账户编号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="167" />
            <source>A high-risk customer needs enhanced due diligence (record its note).</source>
            <translation>高风险客户须进行强化尽职调查（请填写调查说明）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="160" />
            <source>A mainland {name} starts with 13 to 19; character {place} is {found}.</source>
            <translation>大陆{name}应以 13 至 19 开头；第 {place} 位是 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="263" />
            <source>A problem with this computer or the network stopped the operation: {detail}</source>
            <translation>本机或网络出现问题，操作未完成：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>A share must be between 0 and 100%.</source>
            <translation>持股比例须在 0 至 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="201" />
            <source>A special deposit account needs the category of its funds.</source>
            <translation>开立专用存款账户须注明资金类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="204" />
            <source>A temporary account expires at the latest on {latest}, 2 years after opening.</source>
            <translation>临时存款账户有效期最长至 {latest}（开户后 2 年）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>A {role} may not decide on a case of risk level {level}; it needs one of: {allowed}.</source>
            <translation>{role}无权审批风险等级为“{level}”的案件；需由以下人员审批：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>A {role} may not {action}.</source>
            <translation>{role}无权{action}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>Character 2 of the {name} is {found}, not a category of registration authority {authority}.</source>
            <translation>{name}第 2 位为 {found}，不是登记管理部门 {authority} 的机构类别。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="136" />
            <source>Character {place} of the {name} must be {expected}; found {found}.</source>
            <translation>{name}第 {place} 位应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>Documents need revision or were rejected: {items}.</source>
            <translation>以下资料需补正或不予受理：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>Enter each share as an exact number, such as 0.25 or 25%.</source>
            <translation>请以精确数值填写每项持股比例，例如 0.25 或 25%。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="215" />
            <source>Enter the one-time code from your authenticator.</source>
            <translation>请输入身份验证器上的动态验证码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="96" />
            <source>Give a reason to cancel a case.</source>
            <translation>撤销案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="60" />
            <source>Give a reason to {decision} a case.</source>
            <translation>{decision}案件须填写原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="217" />
            <source>In training mode you may work only on training cases.</source>
            <translation>培训模式下只能办理培训案件。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="97" />
            <source>Item {item} can be verified only after you confirm that you saw the original.</source>
            <translation>须先确认已核对原件，才能将“{item}”标为已核验。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>Item {item} marked {decision} needs a reason.</source>
            <translation>“{item}”标为“{decision}”，须选择原因。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="84" />
            <source>Mandatory documents not verified: {items}.</source>
            <translation>以下必备资料尚未核验：{items}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="212" />
            <source>No account numbers are left on this terminal; connect to the central database to get more.</source>
            <translation>本终端的账号号段已用完；请连接中心数据库领取新号段。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>Nobody holds 25% or controls the customer; name the senior manager who runs daily operations.</source>
            <translation>无人持股达 25% 或实际控制该客户；请填写负责日常经营管理的高级管理人员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="262" />
            <source>Please check what you entered: {detail}</source>
            <translation>请检查输入内容：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="166" />
            <source>Rate the customer's risk first.</source>
            <translation>请先评定客户风险等级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="176" />
            <source>Record at least one beneficial owner or the exemption.</source>
            <translation>请至少登记一名受益所有人，或登记豁免。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="175" />
            <source>Record the seal card (预留印鉴).</source>
            <translation>请登记预留印鉴。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="119" />
            <source>Say for each shareholder whether it is a natural person or an organisation.</source>
            <translation>请为每位股东注明是自然人还是机构。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="249" />
            <source>Scans must be PDF, JPG or PNG files, not {suffix}.</source>
            <translation>扫描件须为 PDF、JPG 或 PNG 文件，不能是 {suffix}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="255" />
            <source>Something went wrong that should not have. Your entries are kept; tell IT support.</source>
            <translation>发生了意外错误。已输入的内容均已保留；请联系信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>Step {step} comes after {expected}.</source>
            <translation>“{step}”须在“{expected}”之后办理。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="72" />
            <source>Steps not complete: {steps}.</source>
            <translation>以下环节尚未完成：{steps}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="173" />
            <source>The agreement is not signed yet.</source>
            <translation>协议尚未签署。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="229" />
            <source>The alerts could not be worked out: the time {value} has no time zone.</source>
            <translation>无法生成提醒：时间 {value} 没有时区。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>The approval request expired at {expires_at}; request approval again.</source>
            <translation>授权申请已于 {expires_at} 过期，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="147" />
            <source>The birth date in the {name} is in the future.</source>
            <translation>{name}中的出生日期晚于今天。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="144" />
            <source>The birth date in the {name} is not a real date: the {part} (character {place}) is wrong.</source>
            <translation>{name}中的出生日期不是有效日期：{part}（第 {place} 位）有误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>The case already has an open approval request.</source>
            <translation>该案件已有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>The case changed after approval was requested; request approval again.</source>
            <translation>申请授权后案件内容发生了变化，请重新申请授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="61" />
            <source>The case has no open approval request.</source>
            <translation>该案件没有待处理的授权申请。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>The case has no risk level yet.</source>
            <translation>该案件尚未评定风险等级。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="77" />
            <source>The case is waiting for approval; it cannot change until the checker decides.</source>
            <translation>案件正在等待授权，审批人作出决定前不能修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="80" />
            <source>The case is {status}; it takes no more changes.</source>
            <translation>案件状态为“{status}”，不能再修改。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="88" />
            <source>The case needs a valid approval before account setup.</source>
            <translation>账户设置前须取得有效授权。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>The case was returned for correction; resubmit it after the correction.</source>
            <translation>案件已退回补正，请补正后重新提交。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>The check character of the {name} (character {place}) should be {expected}, not {found}; a character was probably mistyped.</source>
            <translation>{name}的校验位（第 {place} 位）应为 {expected}，而不是 {found}；可能有字符输错。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="174" />
            <source>The customer's confirmation is not recorded.</source>
            <translation>尚未登记客户确认。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="170" />
            <source>The customer's intent to open the account is not confirmed.</source>
            <translation>尚未核实客户的开户意愿。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>The exemption needs registered capital of at most 10,000,000 CNY and only natural-person shareholders.</source>
            <translation>豁免须满足：注册资本不超过 1000 万元，且股东均为自然人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="73" />
            <source>The field {field} is required.</source>
            <translation>“{field}”为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="251" />
            <source>The file cannot be read: {problem}.</source>
            <translation>无法读取该文件：{problem}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="208" />
            <source>The file is not a {media_type} scan (PDF, JPG or PNG).</source>
            <translation>该文件不是有效的 {media_type} 扫描件（PDF、JPG 或 PNG）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="223" />
            <source>The filter {field} is not valid. Correct it and try again.</source>
            <translation>筛选条件 {field} 无效，请更正后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>The holdings go deeper than {limit} layers.</source>
            <translation>持股层级超过 {limit} 层。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="232" />
            <source>The key store passphrase is needed to open the data on this computer.</source>
            <translation>需要输入密钥库口令才能打开本机数据。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="235" />
            <source>The key store passphrase is wrong. Try again.</source>
            <translation>密钥库口令错误，请重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="236" />
            <source>The key store passphrase must have at least {minimum} characters.</source>
            <translation>密钥库口令至少需要 {minimum} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="216" />
            <source>The one-time code is wrong or has expired.</source>
            <translation>动态验证码错误或已过期。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="182" />
            <source>The online ID check has no record of the ID number of {person} (库中无此号).</source>
            <translation>联网核查结果：{person}的身份证号库中无此号。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="185" />
            <source>The online ID check of {person} is not done.</source>
            <translation>尚未对{person}进行联网核查。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="179" />
            <source>The online ID check says the name and ID number of {person} do not match (不一致).</source>
            <translation>联网核查结果：{person}的姓名与身份证号不一致。</translation>
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
            <location filename="../../ui/messages.py" line="261" />
            <source>The procedure does not allow this: {detail}</source>
            <translation>操作规程不允许此操作：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>The role {role} needs a certification to work on real cases; training mode only.</source>
            <translation>{role}岗位须持有效上岗资格才能办理真实业务；目前只能使用培训模式。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="122" />
            <source>The same shareholder is listed twice under one company.</source>
            <translation>同一公司下重复列出了同一股东。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="207" />
            <source>The scan has {size} bytes; at most {limit}.</source>
            <translation>扫描件大小为 {size} 字节，上限为 {limit}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="211" />
            <source>The scan is empty.</source>
            <translation>扫描件为空。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="250" />
            <source>The scan is {size} MB; at most 20 MB.</source>
            <translation>扫描件为 {size} MB，上限为 20 MB。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="22" />
            <source>The screen is locked. Enter your password to continue.</source>
            <translation>屏幕已锁定。请输入密码继续。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="125" />
            <source>The shareholder list is not in the expected form.</source>
            <translation>股东清单格式不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>The shareholdings go round in a circle; check who holds whom.</source>
            <translation>持股关系出现循环，请核对各股东之间的持股关系。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>The shares of one company's shareholders add up to more than 100%.</source>
            <translation>同一公司各股东的持股比例合计超过 100%。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="226" />
            <source>The start date {since} is after the end date {until}. Swap them and try again.</source>
            <translation>开始日期 {since} 晚于结束日期 {until}，请调换后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>The step {step} is not complete.</source>
            <translation>“{step}”环节尚未完成。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>The supervisor must be another person than the one signed in here.</source>
            <translation>审批主管须是本机当前登录人员以外的另一人。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="239" />
            <source>The system key store could not be read. Unlock it (or call IT support) and try again.</source>
            <translation>无法读取系统密钥库。请解锁（或联系信息技术支持）后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="14" />
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>The {document} cannot be printed: {fields} missing.</source>
            <translation>无法打印{document}：缺少{fields}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="132" />
            <source>The {name} is empty.</source>
            <translation>{name}为空。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="133" />
            <source>The {name} must have {expected} characters; it has {found}.</source>
            <translation>{name}应为 {expected} 位，当前为 {found} 位。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="150" />
            <source>The {name} starts with an unknown region code {found}.</source>
            <translation>{name}开头的行政区划代码 {found} 不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>The {name} starts with {found}, which is no registration authority (1-9, A, N, Y).</source>
            <translation>{name}以 {found} 开头，不是登记管理部门代码（1-9、A、N、Y）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="221" />
            <source>There is no case {case_id}.</source>
            <translation>不存在案件 {case_id}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="93" />
            <source>This customer kind ({kind}) cannot open a {account_type}.</source>
            <translation>{kind}客户不能开立{account_type}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="191" />
            <source>This depositor already holds a basic deposit account.</source>
            <translation>该存款人已开立基本存款账户。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="252" />
            <source>This function is not available in this version yet: {function}.</source>
            <translation>本版本暂不提供此功能：{function}。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>This is done at the step {step}; the case is at {current}.</source>
            <translation>此操作应在“{step}”环节办理；案件当前处于“{current}”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="23" />
            <source>This session has ended. Please sign in.</source>
            <translation>会话已结束，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="220" />
            <source>This session is not valid here. Please sign in.</source>
            <translation>会话在本机无效，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="242" />
            <source>This terminal has no keys yet. IT staff set it up with “teller-admin init”.</source>
            <translation>本终端尚无密钥，须由信息技术人员用“teller-admin init”初始化。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="245" />
            <source>This terminal is not set up yet. IT staff set it up with “teller-admin init”.</source>
            <translation>本终端尚未初始化，须由信息技术人员用“teller-admin init”初始化。</translation>
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
        <message>
            <location filename="../../ui/messages.py" line="163" />
            <source>{field} is required at the step {step}.</source>
            <translation>“{step}”环节须填写“{field}”。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="164" />
            <source>{field} must be a date like 2026-03-02.</source>
            <translation>“{field}”应为日期，例如 2026-03-02。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="165" />
            <source>{field} must be an exact number like 0.25.</source>
            <translation>“{field}”应为精确数字，例如 0.25。</translation>
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
            <location filename="../../ui/home.py" line="317" />
            <source>An identity document was recorded as expired: ask for a valid one</source>
            <translation>身份证件已登记为过期：请客户提供有效证件</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="256" />
            <source>Case {case_id}</source>
            <translation>案件 {case_id}</translation>
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
            <location filename="../../ui/home.py" line="311" />
            <source>File with the regulator by tomorrow ({due})</source>
            <translation>请于明天（{due}）前向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="310" />
            <source>File with the regulator today ({due})</source>
            <translation>请于今天（{due}）向人民银行备案</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="308" />
            <source>Filing deadline passed on {due}: file with the regulator now</source>
            <translation>备案期限已于 {due} 届满：请立即备案</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="139" />
            <source>Hello, {name}</source>
            <translation>{name}，您好</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="319" />
            <source>High risk: enhanced due diligence and a higher approver</source>
            <translation>高风险：需强化尽职调查并由更高级别审批</translation>
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
            <location filename="../../ui/home.py" line="323" />
            <source>The approval request expired {age} ago</source>
            <translation>审批申请已过期 {age}</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="324" />
            <source>The approval request expires in {age}</source>
            <translation>审批申请剩余有效期 {age}</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="314" />
            <source>The same ID number is on {count} open cases</source>
            <translation>同一身份证件号码出现在 {count} 个未结案件中</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="315" />
            <source>The same credit code is on {count} open cases</source>
            <translation>同一统一社会信用代码出现在 {count} 个未结案件中</translation>
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
        <message>
            <location filename="../../ui/home.py" line="299" />
            <source>{step}: {minutes} min in this step (limit {sla} min)</source>
            <translation>{step}：本环节已用 {minutes} 分钟（时限 {sla} 分钟）</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="153" />
            <source>18 characters, as on the business licence</source>
            <translation>18 位，与营业执照一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="140" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="123" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="27" />
            <source>Agent</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="118" />
            <source>Agent acting for the customer</source>
            <translation>代理经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="146" />
            <source>Agent's ID number</source>
            <translation>经办人身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="147" />
            <source>Agent's mobile</source>
            <translation>经办人手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="145" />
            <source>Agent's name</source>
            <translation>经办人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="240" />
            <source>Correct: {field}.</source>
            <translation>请更正：{field}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="28" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="237" />
            <source>Fill in: {field}.</source>
            <translation>请填写：{field}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="122" />
            <source>ID &amp;number:</source>
            <translation>证件号码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="139" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="152" />
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="121" />
            <source>ID type:</source>
            <translation>证件类型：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="26" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="117" />
            <source>Legal representative (or person in charge)</source>
            <translation>法定代表人（单位负责人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="143" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="144" />
            <source>Legal representative's mobile</source>
            <translation>法定代表人手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="142" />
            <source>Legal representative's name</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="131" />
            <source>Mobile:</source>
            <translation>手机号码：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="131" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="22" />
            <source>Online ID check: NOT matching — the case cannot go on</source>
            <translation>联网核查：不一致——案件不能继续办理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="21" />
            <source>Online ID check: identity matches</source>
            <translation>联网核查：一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="23" />
            <source>Online ID check: number not in the database</source>
            <translation>联网核查：库中无此号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="136" />
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="141" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="124" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="135" />
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="131" />
            <source>Resident ID number:</source>
            <translation>居民身份证号码：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="182" />
            <source>The online ID check (联网核查) runs when you press Next.</source>
            <translation>按“下一步”时进行联网核查。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="120" />
            <source>Unified social &amp;credit code:</source>
            <translation>统一社会信用代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/identity_page.py" line="138" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="110" />
            <source>&amp;Account type:</source>
            <translation>账户种类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="133" />
            <source>&amp;Basic account number:</source>
            <translation>基本存款账户编号(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="211" />
            <source>A general account needs the basic account number (J and 13 digits).</source>
            <translation>一般存款账户须填写基本存款账户编号（J 加 13 位数字）。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="122" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="128" />
            <source>Agent with a power of attorney</source>
            <translation>持授权委托书的经办人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="124" />
            <source>As on the business licence or ID card</source>
            <translation>与营业执照或身份证件一致</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="125" />
            <source>At the counter</source>
            <translation>柜面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="140" />
            <source>Basic account number</source>
            <translation>基本存款账户编号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="142" />
            <source>Branch code of the basic account</source>
            <translation>基本存款账户开户行代码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="134" />
            <source>Branch of the basic account:</source>
            <translation>基本存款账户开户行：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="139" />
            <source>Category of the funds</source>
            <translation>资金类别</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="132" />
            <source>Category of the funds:</source>
            <translation>资金类别：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="112" />
            <source>Channel:</source>
            <translation>受理渠道：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="206" />
            <source>Choose the account type.</source>
            <translation>请选择账户种类。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="109" />
            <source>Customer &amp;kind:</source>
            <translation>客户类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="111" />
            <source>Customer &amp;name:</source>
            <translation>客户名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="121" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="123" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="219" />
            <source>Enter the branch that keeps the basic account.</source>
            <translation>请填写基本存款账户的开户行。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="204" />
            <source>Enter the customer's name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="135" />
            <source>Expires on:</source>
            <translation>有效期至：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="143" />
            <source>Expiry date of the temporary account</source>
            <translation>临时存款账户有效期</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="141" />
            <source>J and 13 digits, from the basic account licence</source>
            <translation>J 加 13 位数字，见基本存款账户信息</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="127" />
            <source>Legal representative (or the customer)</source>
            <translation>法定代表人（或客户本人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="126" />
            <source>Online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intake_page.py" line="113" />
            <source>Present at the counter:</source>
            <translation>临柜人员：</translation>
        </message>
    </context>
    <context>
        <name>Intent</name>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="55" />
            <source>Confirmed &amp;with:</source>
            <translation>核实对象(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="61" />
            <source>Confirmed with</source>
            <translation>核实对象</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="102" />
            <source>Enter who confirmed the intent.</source>
            <translation>请填写核实对象。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="58" />
            <source>Face to face at the counter</source>
            <translation>柜面面谈</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="54" />
            <source>How confirmed:</source>
            <translation>核实方式：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="60" />
            <source>Name of the legal representative</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="62" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="57" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="65" />
            <source>Required for a basic deposit account; optional otherwise.</source>
            <translation>基本存款账户必须核实，其他账户可选。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="64" />
            <source>S&amp;kip this step (optional for this account type)</source>
            <translation>跳过此环节（该账户种类可选）(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="63" />
            <source>The customer confirmed the wish to open this account</source>
            <translation>客户已确认开立此账户的意愿</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="104" />
            <source>Tick that the customer confirmed the wish to open the account.</source>
            <translation>请勾选客户已确认开户意愿。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/intent_page.py" line="59" />
            <source>Video call, recorded</source>
            <translation>视频核实（录像）</translation>
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
            <location filename="../../ui/main_window.py" line="153" />
            <source>&amp;Account</source>
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>&amp;Case</source>
            <translation>案件(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Change password…</source>
            <translation>修改密码(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>&amp;Find a case</source>
            <translation>查询案件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>&amp;Home</source>
            <translation>首页(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;New case</source>
            <translation>新建开户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>&amp;Operation record</source>
            <translation>操作记录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>&amp;Start-of-day check</source>
            <translation>日初检查(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Offline: the central database cannot be reached. Keep working — everything is saved on this computer and syncs when the connection is back.</source>
            <translation>脱机：无法连接中心数据库。请继续办理——所有内容都保存在本机，网络恢复后自动同步。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="257" />
            <source>Opening the case…</source>
            <translation>正在打开案件…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>Procedure &amp;flowchart</source>
            <translation>操作流程图(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>S&amp;ettings…</source>
            <translation>设置(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>Sync &amp;conflicts…</source>
            <translation>同步冲突(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>Teller App</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <source>Teller App — TRAINING MODE</source>
            <translation>柜面开户系统——培训模式</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>{name} ({roles})</source>
            <translation>{name}（{roles}）</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../ui/names.py" line="282" />
            <source>AML risk assessment</source>
            <translation>客户洗钱风险评估表</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="280" />
            <source>Account agreement</source>
            <translation>账户管理协议</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="64" />
            <source>Account opened</source>
            <translation>已开户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="26" />
            <source>Account setup and activation</source>
            <translation>账户设置与激活</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="198" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="232" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="159" />
            <source>Activated the account</source>
            <translation>激活账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="272" />
            <source>Administration command (teller-admin)</source>
            <translation>管理命令（teller-admin）</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="14" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="115" />
            <source>Agent's ID number</source>
            <translation>经办人证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="114" />
            <source>Agent's name</source>
            <translation>经办人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="99" />
            <source>Altered</source>
            <translation>有涂改</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="25" />
            <source>Approval</source>
            <translation>授权审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="74" />
            <source>Approval request about to expire</source>
            <translation>审批申请即将过期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="157" />
            <source>Approval voided: the case changed</source>
            <translation>审批作废：案件已变更</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="255" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="61" />
            <source>Approved</source>
            <translation>已授权</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="267" />
            <source>At the counter</source>
            <translation>柜面</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="148" />
            <source>Attached a scan</source>
            <translation>导入扫描件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="13" />
            <source>Auditor</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="239" />
            <source>Backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="116" />
            <source>Basic account number</source>
            <translation>基本存款账户编号</translation>
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
            <location filename="../../ui/names.py" line="226" />
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="185" />
            <source>Branch data keys taken over from a sibling terminal</source>
            <translation>接收同网点其他终端的数据密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="11" />
            <source>Branch manager</source>
            <translation>网点负责人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="117" />
            <source>Branch of the basic account</source>
            <translation>基本存款账户开户行</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="63" />
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="146" />
            <source>Cancelled the case</source>
            <translation>撤销案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="208" />
            <source>Case content hash</source>
            <translation>案件内容哈希值</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="219" />
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="119" />
            <source>Category of the funds</source>
            <translation>资金类别</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="176" />
            <source>Certification recorded</source>
            <translation>登记考核认证</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="223" />
            <source>Certified until</source>
            <translation>考核认证有效期至</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="250" />
            <source>Changing the password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="199" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="215" />
            <source>Checker's role</source>
            <translation>审批人岗位</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="214" />
            <source>Checker's user ID</source>
            <translation>审批人用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="65" />
            <source>Completed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="121" />
            <source>Confirmed with</source>
            <translation>核实对象</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="164" />
            <source>Confirmed with a one-time code</source>
            <translation>以动态口令确认</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="252" />
            <source>Confirming with a one-time code</source>
            <translation>动态口令确认</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="240" />
            <source>Conflict ID</source>
            <translation>冲突编号</translation>
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
            <location filename="../../ui/names.py" line="197" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="109" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="183" />
            <source>Data key rotated</source>
            <translation>轮换数据密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="193" />
            <source>Decision</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="228" />
            <source>Demo workspace</source>
            <translation>演示环境</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="192" />
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="281" />
            <source>Document checklist</source>
            <translation>开户资料审核清单</translation>
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
            <location filename="../../ui/names.py" line="235" />
            <source>Events</source>
            <translation>事件条数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="96" />
            <source>Expired</source>
            <translation>已过有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="118" />
            <source>Expiry date</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="221" />
            <source>Failed attempts in a row</source>
            <translation>连续失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="204" />
            <source>File type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="275" />
            <source>Filing</source>
            <translation>备案</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="70" />
            <source>Filing deadline</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="229" />
            <source>Filters</source>
            <translation>筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="236" />
            <source>First broken event</source>
            <translation>首个断裂事件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="206" />
            <source>Form printed</source>
            <translation>打印单证</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="233" />
            <source>From</source>
            <translation>起始时间</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="201" />
            <source>From step</source>
            <translation>原环节</translation>
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
            <location filename="../../ui/names.py" line="73" />
            <source>High-risk customer</source>
            <translation>高风险客户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="120" />
            <source>How the intent was confirmed</source>
            <translation>意愿核实方式</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="111" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="19" />
            <source>Identity check</source>
            <translation>身份核验</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="72" />
            <source>Identity document expired</source>
            <translation>身份证件已过期</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="100" />
            <source>Illegible</source>
            <translation>模糊不清</translation>
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
            <location filename="../../ui/names.py" line="237" />
            <source>Key version</source>
            <translation>密钥版本</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="182" />
            <source>Key-encryption key rotated</source>
            <translation>轮换密钥加密密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="184" />
            <source>Keys recovered</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="113" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="112" />
            <source>Legal representative's name</source>
            <translation>法定代表人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="162" />
            <source>Locked out after failed sign-ins</source>
            <translation>多次登录失败被锁定</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="222" />
            <source>Locked until</source>
            <translation>锁定至</translation>
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
            <location filename="../../ui/names.py" line="97" />
            <source>Missing page</source>
            <translation>缺页</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="224" />
            <source>Must change the password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="98" />
            <source>Name does not match</source>
            <translation>名称不一致</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="91" />
            <source>Needs revision</source>
            <translation>需补正</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="277" />
            <source>Neither approval nor filing</source>
            <translation>无需核准或备案</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="260" />
            <source>No activity for too long</source>
            <translation>长时间无操作</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="264" />
            <source>No one-time code set up</source>
            <translation>未绑定动态口令</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="32" />
            <source>Non-legal-person enterprise</source>
            <translation>非法人企业</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="101" />
            <source>Not the original</source>
            <translation>非原件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="88" />
            <source>Not yet received</source>
            <translation>未收取</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="178" />
            <source>One-time-code authenticator set up</source>
            <translation>绑定动态口令验证器</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="268" />
            <source>Online pre-application</source>
            <translation>线上预约申请</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="141" />
            <source>Opened the case</source>
            <translation>开立案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="283" />
            <source>Opening confirmation</source>
            <translation>开户确认书</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="104" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="35" />
            <source>Other organisation</source>
            <translation>其他组织</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="170" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="171" />
            <source>Password reset</source>
            <translation>重置密码</translation>
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
            <location filename="../../ui/names.py" line="149" />
            <source>Printed a document</source>
            <translation>打印单证</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="203" />
            <source>Problems found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="284" />
            <source>Process flowchart</source>
            <translation>开户业务流程图</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="191" />
            <source>Purpose</source>
            <translation>验证用途</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="150" />
            <source>Rated the risk</source>
            <translation>风险评级</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="194" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="89" />
            <source>Received</source>
            <translation>已收取</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="147" />
            <source>Recorded a document decision</source>
            <translation>记录资料审核结论</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="195" />
            <source>Refusal code</source>
            <translation>拒绝原因代码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="122" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="212" />
            <source>Regulator</source>
            <translation>监管要求</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="276" />
            <source>Regulator's approval</source>
            <translation>核准</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="257" />
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="62" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="151" />
            <source>Requested approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="211" />
            <source>Requests so far</source>
            <translation>累计提交审批次数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="152" />
            <source>Resubmitted for approval</source>
            <translation>补正后重新提交</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="256" />
            <source>Return for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="59" />
            <source>Returned for correction</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="209" />
            <source>Risk level</source>
            <translation>风险等级</translation>
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
            <location filename="../../ui/names.py" line="210" />
            <source>Risk score</source>
            <translation>风险评分</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="213" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="177" />
            <source>Role changed</source>
            <translation>变更岗位</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="238" />
            <source>Rows re-encrypted</source>
            <translation>重新加密行数</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="71" />
            <source>Same identifier on several open cases</source>
            <translation>同一证件号出现在多个在办案件中</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="142" />
            <source>Saved a step</source>
            <translation>保存环节信息</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="165" />
            <source>Screen locked</source>
            <translation>锁定屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="166" />
            <source>Screen unlocked</source>
            <translation>解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="167" />
            <source>Screen unlocked by a supervisor</source>
            <translation>主管解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="102" />
            <source>Seal missing</source>
            <translation>缺少印章</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="218" />
            <source>Session ID</source>
            <translation>会话编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="158" />
            <source>Set up the account</source>
            <translation>设置账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="247" />
            <source>Sign-in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="161" />
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="163" />
            <source>Sign-in refused</source>
            <translation>拒绝登录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="160" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="168" />
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="251" />
            <source>Signing in to decide an approval</source>
            <translation>登录审批</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="205" />
            <source>Size (bytes)</source>
            <translation>大小（字节）</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="145" />
            <source>Skipped an optional step</source>
            <translation>跳过可选环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="42" />
            <source>Special deposit account</source>
            <translation>专用存款账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="200" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="202" />
            <source>Step complete</source>
            <translation>环节是否完成</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="69" />
            <source>Step overdue</source>
            <translation>环节超时</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="186" />
            <source>Store restored from a backup</source>
            <translation>从备份恢复数据</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="9" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="156" />
            <source>Supervisor signed in to decide</source>
            <translation>主管登录审批</translation>
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
            <location filename="../../ui/names.py" line="227" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="181" />
            <source>Terminal set up</source>
            <translation>终端初始化</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="261" />
            <source>The case was changed</source>
            <translation>案件信息已修改</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="288" />
            <source>The central version</source>
            <translation>中心版本</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="287" />
            <source>The terminal's version</source>
            <translation>本终端版本</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="271" />
            <source>This app</source>
            <translation>本系统</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="220" />
            <source>Through</source>
            <translation>操作途径</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="234" />
            <source>To</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="110" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="262" />
            <source>Unknown user name</source>
            <translation>用户名不存在</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="249" />
            <source>Unlocking another user's screen</source>
            <translation>解锁他人屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="248" />
            <source>Unlocking the screen</source>
            <translation>解锁屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="225" />
            <source>User ID</source>
            <translation>用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="217" />
            <source>User ID of the locked screen</source>
            <translation>被解锁屏幕的用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="216" />
            <source>User ID signed in at the terminal</source>
            <translation>终端登录用户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="169" />
            <source>User created</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="174" />
            <source>User disabled</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="175" />
            <source>User enabled</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="172" />
            <source>User locked</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="196" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="173" />
            <source>User unlocked</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="90" />
            <source>Verified</source>
            <translation>已核验</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="180" />
            <source>Verified the record chain</source>
            <translation>校验记录链</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="241" />
            <source>Version kept</source>
            <translation>保留的版本</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="179" />
            <source>Viewed the operation record</source>
            <translation>查看操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="60" />
            <source>Waiting for approval</source>
            <translation>待授权</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="144" />
            <source>Went back a step</source>
            <translation>返回上一环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="143" />
            <source>Went to the next step</source>
            <translation>进入下一环节</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="103" />
            <source>Wrong document</source>
            <translation>资料不符</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="263" />
            <source>Wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="132" />
            <source>activate an account</source>
            <translation>激活账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="128" />
            <source>approve a case</source>
            <translation>审批同意案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="84" />
            <source>basic account number</source>
            <translation>基本存款账户编号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="83" />
            <source>card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="127" />
            <source>change a case</source>
            <translation>修改案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="135" />
            <source>change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="82" />
            <source>mobile number</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="126" />
            <source>open a case</source>
            <translation>新建开户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="81" />
            <source>passport number</source>
            <translation>护照号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="133" />
            <source>print documents</source>
            <translation>打印文件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="130" />
            <source>reject a case</source>
            <translation>拒绝案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="79" />
            <source>resident ID number</source>
            <translation>居民身份证号码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="129" />
            <source>return a case for correction</source>
            <translation>退回补正案件</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="131" />
            <source>set up an account</source>
            <translation>设置账户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="294" />
            <source>the agent</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="295" />
            <source>the customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="293" />
            <source>the legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="80" />
            <source>unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="137" />
            <source>unlock another user's screen</source>
            <translation>解锁他人屏幕</translation>
        </message>
        <message>
            <location filename="../../ui/names.py" line="134" />
            <source>view the operation record</source>
            <translation>查看操作记录</translation>
        </message>
    </context>
    <context>
        <name>Owners</name>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="135" />
            <source>&amp;Find the beneficial owners</source>
            <translation>识别受益所有人(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="134" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="133" />
            <source>Add &amp;company</source>
            <translation>添加公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="132" />
            <source>Add &amp;person</source>
            <translation>添加自然人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="288" />
            <source>Beneficial owners:</source>
            <translation>受益所有人：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="32" />
            <source>Company</source>
            <translation>法人/机构</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="127" />
            <source>Controls</source>
            <translation>实际控制</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="309" />
            <source>Enter the registered capital for the exemption.</source>
            <translation>豁免须填写注册资本。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="124" />
            <source>Equity %</source>
            <translation>持股比例 %</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="146" />
            <source>Exempt by the customer's commitment (capital ≤ 10 million, all shareholders persons)</source>
            <translation>客户承诺豁免（注册资本不超过 1000 万元且股东均为自然人）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="280" />
            <source>Exemption by commitment recorded.</source>
            <translation>已登记承诺豁免。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="312" />
            <source>Find the beneficial owners first.</source>
            <translation>请先识别受益所有人。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="265" />
            <source>Finding the beneficial owners…</source>
            <translation>正在识别受益所有人…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="125" />
            <source>Held through (No.)</source>
            <translation>通过…持有（序号）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="126" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="123" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="113" />
            <source>List the shareholders. For a company that holds shares, add its own shareholders and name it under “held through”. Shares in percent.</source>
            <translation>请列出股东。对持股的公司，再添加其股东，并在“通过…持有”中填写该公司序号。持股比例按百分比填写。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="122" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="121" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="31" />
            <source>Person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="285" />
            <source>Press “Find the beneficial owners” after entering the shareholders.</source>
            <translation>填写股东后，请按“识别受益所有人”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="152" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="142" />
            <source>Registered capital (CNY):</source>
            <translation>注册资本（元）：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="139" />
            <source>Senior manager and exemption</source>
            <translation>高级管理人员与豁免</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="143" />
            <source>Senior manager's name</source>
            <translation>高级管理人员姓名</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="140" />
            <source>Senior manager's name:</source>
            <translation>高级管理人员姓名：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="144" />
            <source>Senior manager's title</source>
            <translation>高级管理人员职务</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="130" />
            <source>Shareholders</source>
            <translation>股东</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="141" />
            <source>Title:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="38" />
            <source>controls the customer by other means</source>
            <translation>通过其他方式实际控制</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="36" />
            <source>has at least 25% of the profit rights</source>
            <translation>享有 25% 及以上收益权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="37" />
            <source>has at least 25% of the voting rights</source>
            <translation>享有 25% 及以上表决权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="35" />
            <source>holds at least 25% of the equity</source>
            <translation>持股 25% 及以上</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="39" />
            <source>runs daily operations (nobody else qualifies)</source>
            <translation>负责日常经营管理（无其他符合条件的人员）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/owners_page.py" line="294" />
            <source>• {name}: {equity}% of the equity — {why}</source>
            <translation>• {name}：持股 {equity}%——{why}</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/passphrase_dialog.py" line="65" />
            <source>Confirm or cancel</source>
            <translation>确认或取消</translation>
        </message>
        <message>
            <location filename="../../ui/passphrase_dialog.py" line="51" />
            <source>Key store passphrase</source>
            <translation>密钥库口令</translation>
        </message>
        <message>
            <location filename="../../ui/passphrase_dialog.py" line="53" />
            <source>This computer has no system key store, so the encryption keys are protected by a passphrase. Choose one of at least 12 characters and keep it safe: it is needed at every start.</source>
            <translation>本机没有系统密钥库，加密密钥将由口令保护。请设置至少 12 个字符的口令并妥善保管：每次启动都需要输入。</translation>
        </message>
        <message>
            <location filename="../../ui/passphrase_dialog.py" line="59" />
            <source>This computer has no system key store. Enter the key store passphrase to open the data.</source>
            <translation>本机没有系统密钥库。请输入密钥库口令以打开数据。</translation>
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
        <name>Printing</name>
        <message>
            <location filename="../../ui/printing.py" line="72" />
            <source>Print preview: {document}</source>
            <translation>打印预览：{document}</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="131" />
            <source>&amp;Industry:</source>
            <translation>行业(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="133" />
            <source>&amp;Nationalities of owners:</source>
            <translation>股东国籍(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="152" />
            <source>&amp;Rate the risk</source>
            <translation>评定风险(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="132" />
            <source>&amp;Region (e.g. CN-31):</source>
            <translation>地域(&amp;R)（如 CN-31）：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="134" />
            <source>&amp;Years in business:</source>
            <translation>经营年限(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="259" />
            <source>A high-risk customer needs the enhanced due diligence note.</source>
            <translation>高风险客户须填写强化尽职调查说明。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="50" />
            <source>Account type</source>
            <translation>账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="236" />
            <source>Approval by: {roles}.</source>
            <translation>审批人：{roles}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="37" />
            <source>Art and antiques</source>
            <translation>艺术品与古玩</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="38" />
            <source>Cash-intensive business</source>
            <translation>现金密集型行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="51" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="135" />
            <source>Channel:</source>
            <translation>渠道：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="157" />
            <source>Contribution of each factor</source>
            <translation>各因素得分</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="44" />
            <source>Customer kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="150" />
            <source>Enhanced due diligence note</source>
            <translation>强化尽职调查说明</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="136" />
            <source>Enhanced due diligence:</source>
            <translation>强化尽职调查：</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="155" />
            <source>Factor</source>
            <translation>因素</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="213" />
            <source>Fill in the factors and press “Rate the risk”.</source>
            <translation>填写各项因素后，请按“评定风险”。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="239" />
            <source>High risk: record the enhanced due diligence before going on.</source>
            <translation>高风险：请先登记强化尽职调查，再继续办理。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="33" />
            <source>Import and export trade</source>
            <translation>进出口贸易</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="49" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="230" />
            <source>Limits: {single} CNY per transaction, {daily} CNY per day.</source>
            <translation>限额：单笔 {single} 元，日累计 {daily} 元。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="30" />
            <source>Manufacturing</source>
            <translation>制造业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="40" />
            <source>Money services</source>
            <translation>货币服务</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="146" />
            <source>Nationalities of owners, separated by commas</source>
            <translation>股东国籍，以逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="47" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="229" />
            <source>Next review by {date}.</source>
            <translation>下次复评日期：{date}。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="148" />
            <source>Not face to face (remote or video)</source>
            <translation>非面对面（远程或视频）</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="212" />
            <source>Not rated yet.</source>
            <translation>尚未评级。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="45" />
            <source>Ownership layers</source>
            <translation>股权层级</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="35" />
            <source>Pawn shop</source>
            <translation>典当</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="155" />
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="39" />
            <source>Precious metals</source>
            <translation>贵金属</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="153" />
            <source>Rate the risk</source>
            <translation>评定风险</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="257" />
            <source>Rate the risk first.</source>
            <translation>请先评定风险。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="190" />
            <source>Rating the risk…</source>
            <translation>正在评定风险…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="34" />
            <source>Real estate agency</source>
            <translation>房地产中介</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="48" />
            <source>Region</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="151" />
            <source>Required for a high-risk customer</source>
            <translation>高风险客户必填</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="31" />
            <source>Retail and catering</source>
            <translation>零售与餐饮</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="218" />
            <source>Score {score}: risk level {level}</source>
            <translation>得分 {score}：风险等级“{level}”</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="32" />
            <source>Technology and services</source>
            <translation>科技与服务业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="36" />
            <source>Used vehicles</source>
            <translation>二手车</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="41" />
            <source>Virtual assets</source>
            <translation>虚拟资产</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="155" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="155" />
            <source>Why</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="46" />
            <source>Years in business</source>
            <translation>经营年限</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="60" />
            <source>an agent acts for the customer</source>
            <translation>由代理人办理</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="55" />
            <source>by account type</source>
            <translation>按账户种类</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="54" />
            <source>by customer kind</source>
            <translation>按客户类型</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="72" />
            <source>complex ownership</source>
            <translation>股权结构复杂</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="69" />
            <source>domestic</source>
            <translation>境内</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="66" />
            <source>elevated-risk industry</source>
            <translation>较高风险行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="56" />
            <source>established business</source>
            <translation>经营多年</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="61" />
            <source>face to face at the counter</source>
            <translation>柜面面对面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="70" />
            <source>foreign nationality</source>
            <translation>外籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="67" />
            <source>high-risk industry</source>
            <translation>高风险行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="71" />
            <source>high-risk nationality</source>
            <translation>高风险国家或地区国籍</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="64" />
            <source>high-risk region</source>
            <translation>高风险地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="73" />
            <source>layered ownership</source>
            <translation>多层股权</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="57" />
            <source>new business</source>
            <translation>新设企业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="59" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="63" />
            <source>not face to face</source>
            <translation>非面对面</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="62" />
            <source>online pre-application</source>
            <translation>线上预约</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="68" />
            <source>ordinary industry</source>
            <translation>一般行业</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="65" />
            <source>ordinary region</source>
            <translation>一般地区</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="74" />
            <source>simple ownership</source>
            <translation>股权结构简单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/risk_page.py" line="58" />
            <source>young business</source>
            <translation>成立不久</translation>
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
            <location filename="../../ui/sign_in.py" line="104" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="102" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="99" />
            <source>Account opening at the counter</source>
            <translation>柜面开户系统</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="124" />
            <source>Demo workspace — sample users:</source>
            <translation>演示环境——示例用户：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="144" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="101" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="100" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="105" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="106" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="158" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="98" />
            <source>Teller App — sign in</source>
            <translation>柜面开户系统——登录</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="103" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="174" />
            <source>You must choose a new password before you continue.</source>
            <translation>继续之前必须设置新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sign_in.py" line="127" />
            <source>{user_name} ({role}): password {password}</source>
            <translation>{user_name}（{role}）：密码 {password}</translation>
        </message>
    </context>
    <context>
        <name>StartOfDay</name>
        <message>
            <location filename="../../ui/start_of_day.py" line="126" />
            <source>&amp;Continue to work</source>
            <translation>开始办理业务(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="181" />
            <source>A check that protects customer data failed. Do not start work yet.</source>
            <translation>保护客户数据的检查项未通过。请暂勿开始办理业务。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="204" />
            <source>All checks passed. Ready for the day.</source>
            <translation>全部检查通过，可以开始今天的工作。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="31" />
            <source>App version</source>
            <translation>系统版本</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="51" />
            <source>Ask IT support to correct the computer's date and time.</source>
            <translation>请联系信息技术支持校正本机日期和时间。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="52" />
            <source>Ask IT support to free disk space before the day's work.</source>
            <translation>请在开始工作前联系信息技术支持清理磁盘空间。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="53" />
            <source>Ask IT support to install the current version.</source>
            <translation>请联系信息技术支持安装最新版本。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="57" />
            <source>Ask IT support to set up this terminal (teller-admin init).</source>
            <translation>请联系信息技术支持初始化本终端（teller-admin init）。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="60" />
            <source>Ask IT support: the local database needs an upgrade.</source>
            <translation>请联系信息技术支持：本地数据库需要升级。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="27" />
            <source>Central database</source>
            <translation>中心数据库</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="117" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="124" />
            <source>Check &amp;again</source>
            <translation>重新检查(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="125" />
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="48" />
            <source>Check the printer is on and has paper, or choose another one in Settings.</source>
            <translation>请确认打印机已开机且有纸，或在“设置”中选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="133" />
            <source>Checking this workstation…</source>
            <translation>正在检查本工作站…</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="29" />
            <source>Clock</source>
            <translation>系统时钟</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="127" />
            <source>Continue to work</source>
            <translation>开始办理业务</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="34" />
            <source>Database version</source>
            <translation>数据库版本</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="119" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="30" />
            <source>Disk space</source>
            <translation>磁盘空间</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="39" />
            <source>Do not open cases. Call IT support: the encryption keys are not available.</source>
            <translation>请勿办理开户。请联系信息技术支持：加密密钥不可用。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="42" />
            <source>Do not open cases. Call IT support: the local store cannot be used.</source>
            <translation>请勿办理开户。请联系信息技术支持：本地数据库无法使用。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="54" />
            <source>Do not open cases. Tell your supervisor: the operation record failed verification.</source>
            <translation>请勿办理开户。请报告主管：操作记录校验未通过。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="69" />
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
            <location filename="../../ui/start_of_day.py" line="196" />
            <source>Needs attention: {warned}. You can work; follow the advice below.</source>
            <translation>需要注意：{warned} 项。可以办理业务，请按下方建议处理。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="67" />
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
            <location filename="../../ui/start_of_day.py" line="118" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="114" />
            <source>Start-of-day check</source>
            <translation>日初检查</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="123" />
            <source>Start-of-day check results</source>
            <translation>日初检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="33" />
            <source>Terminal set-up</source>
            <translation>终端设置</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="68" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="120" />
            <source>What to do</source>
            <translation>处理建议</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="45" />
            <source>You can work offline; cases sync when the connection is back. Tell IT if it lasts.</source>
            <translation>可以脱机办理，网络恢复后案件自动同步。若长时间无法连接，请告知信息技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/start_of_day.py" line="186" />
            <source>{failed} failed, {warned} with warnings. You can work; follow the advice below.</source>
            <translation>{failed} 项未通过，{warned} 项有警告。可以办理业务，请按下方建议处理。</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="135" />
            <source>Conflicts for a supervisor: {count}</source>
            <translation>待主管处理的冲突：{count}</translation>
        </message>
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
            <location filename="../../ui/status_bar.py" line="138" />
            <source>Last sync: never</source>
            <translation>上次同步：从未</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="141" />
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
            <location filename="../../ui/wizard/frame.py" line="181" />
            <source>&amp;Next →</source>
            <translation>下一步(&amp;N) →</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="179" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="178" />
            <source>Back to the previous step</source>
            <translation>返回上一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="183" />
            <source>Close case</source>
            <translation>关闭案件</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="184" />
            <source>Close the case and go back home</source>
            <translation>关闭案件并返回首页</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="186" />
            <source>Form of the current step</source>
            <translation>当前环节表单</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="66" />
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="166" />
            <source>Returned for correction: {reasons}</source>
            <translation>退回补正：{reasons}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="182" />
            <source>Save and go to the next step</source>
            <translation>保存并进入下一环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="180" />
            <source>Save the case and stay on this step</source>
            <translation>保存案件并停留在本环节</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="287" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="272" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/header.py" line="69" />
            <source>Step {number} of {total}: {name}</source>
            <translation>第 {number}/{total} 步：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/frame.py" line="185" />
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
            <location filename="../../ui/wizard/frame.py" line="177" />
            <source>← &amp;Back</source>
            <translation>← 上一步(&amp;B)</translation>
        </message>
    </context>
</TS>
